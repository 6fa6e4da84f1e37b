import { Client } from '@elastic/elasticsearch';
import type { ClusterCapabilities } from './index-template';

export interface EsClientOptions {
  /** e.g. http://127.0.0.1:9200 (from the validated config, never read here from the environment). */
  url: string;
  requestTimeoutMs?: number;
  /** Transport-level retries (connection errors, 502/503/504); the bulk indexer runs its own. */
  maxRetries?: number;
}

/** The official client (9.4, for Elasticsearch 9.x) pointed at one URL. */
export function createEsClient(options: EsClientOptions): Client {
  return new Client({
    node: options.url,
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    maxRetries: options.maxRetries ?? 3,
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
