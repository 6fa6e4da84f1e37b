import type { Stage } from '@app/contracts';
import type { RedisSettings } from './redis-topology';

/**
 * Typed configuration, read once from the environment at boot (see loadConfig).
 * The Redis fields (RedisSettings) describe one node, a cluster or Sentinel:
 * see parseRedisTopology.
 */
export interface AppConfig extends RedisSettings {
  /** First of elasticsearchNodes (kept for code that needs one URL, e.g. logs). */
  elasticsearchUrl: string;
  /** Every node the client may send requests to; a dead one is skipped and retried later. */
  elasticsearchNodes: string[];
  /** Discover the cluster's other nodes from the given ones (off behind a load balancer / on Elastic Cloud). */
  elasticsearchSniff: boolean;
  /** API key for a managed Elasticsearch (or put user:password in the URL). */
  elasticsearchApiKey: string | null;
  /** Primary shards and replicas of new indices, written into the index template. */
  indexShards: number;
  indexReplicas: number;
  /** Prefix of every BullMQ key and of the pipeline's own Redis keys; lets test runs share a Redis. */
  queuePrefix: string;
  /** Alias searched and written through; versioned indices are `<alias>-v<N>`. */
  indexAlias: string;
  /** Refresh policy of bulk writes: 'false' in production, 'wait_for' when tests need read-after-write. */
  indexRefresh: 'false' | 'wait_for' | 'true';
  port: number;
  maxUploadBytes: number;
  maxFilesPerUpload: number;
  concurrency: Record<Stage, number>;
  /** Attempts per job (the first included) and the first retry delay, doubling after. */
  attempts: Record<Stage, number>;
  backoffMs: Record<Stage, number>;
  /** How long finished jobs stay in Redis: completed ones are trimmed, failed ones kept for inspection and retry. */
  retention: { completedAgeSeconds: number; completedCount: number; failedAgeSeconds: number };
  /** When set, ingest endpoints require `x-api-key` (or `Authorization: Bearer`). */
  apiKey: string | null;
  /** When both are set, /queues asks for HTTP basic auth. */
  boardUser: string | null;
  boardPassword: string | null;
  /** Requests per minute per client on the ingest endpoints. */
  rateLimitPerMinute: number;
  /** Hosts or CIDRs the URL fetcher may reach even though they are private (tests, intranets). */
  urlAllowList: string[];
  /** Followed sources and polite fetching (libs/sources). */
  crawl: {
    /** User-Agent sent with every fetch and matched against robots.txt groups; null: libs/fetching's default. */
    userAgent: string | null;
    /** Fetches of one host in flight at once, and least time between their starts, across all fetchers. */
    hostMaxConcurrent: number;
    hostMinDelayMs: number;
    /** Shortest poll interval a source may ask for. */
    minSourceIntervalSeconds: number;
  };
  /** Watched inbox directory, or null when the drop folder is off. */
  dropFolder: string | null;
  logLevel: string;
  /** Which tagging engine the tagger and POST /tag use: the embedded model, or one served over HTTP. */
  taggerEngine: 'embedded' | 'http';
  /** URL of the HTTP engine: it receives POST {"text"} and answers {"entities": [...]}. */
  taggerUrl: string | null;
  /** Kibana's address, linked from the web app's activity page when set. */
  kibanaUrl: string | null;
}
