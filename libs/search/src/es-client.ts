import { Client, type ClientOptions } from '@elastic/elasticsearch';
import type { ClusterCapabilities } from './index-template';

export interface EsClientOptions {
  /** Nodes of one cluster, e.g. http://127.0.0.1:9200 (from the validated config, never read here from the environment). */
  nodes?: string[];
  /** One node (the same as `nodes: [url]`). */
  url?: string;
  /** Discover the other nodes at start and after a connection fault (off behind a load balancer). */
  sniff?: boolean;
  /** For a managed Elasticsearch (or user:password in the URL). */
  apiKey?: string | null;
  requestTimeoutMs?: number;
  /** Transport-level retries (connection errors, 502/503/504) on the next node; the bulk indexer runs its own. */
  maxRetries?: number;
}

/**
 * The official client (9.4, for Elasticsearch 9.x).  With several nodes the client
 * round-robins over them and moves a node that refuses connections out of the pool
 * for a while (resurrected later), so one dead node costs a retry, not a failure.
 */
export function createEsClient(options: EsClientOptions): Client {
  const nodes = options.nodes?.length ? options.nodes : [options.url ?? 'http://127.0.0.1:9200'];
  const sniff: Partial<ClientOptions> = options.sniff ? { sniffOnStart: true, sniffOnConnectionFault: true, sniffInterval: 60_000 } : {};
  return new Client({
    nodes,
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    maxRetries: options.maxRetries ?? 3,
    ...(options.apiKey ? { auth: { apiKey: options.apiKey } } : {}),
    ...sniff,
  });
}

/**
 * What the cluster can do, from GET _nodes/plugins: `analysis-common` must be a
 * module (or plugin) on every node, or an index using its filters could not be
 * allocated everywhere.
 */
export async function detectCapabilities(client: Client): Promise<ClusterCapabilities> {
  const info = await client.nodes.info({ metric: 'plugins' });
  const nodes = Object.values(info.nodes);
  const hasAnalysisCommon = (node: (typeof nodes)[number]) =>
    [...(node.modules ?? []), ...(node.plugins ?? [])].some((m) => m.name === 'analysis-common');
  return { analysisCommon: nodes.length > 0 && nodes.every(hasAnalysisCommon) };
}
