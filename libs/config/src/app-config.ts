import type { Stage } from '@app/contracts';

/** Typed configuration, read once from the environment at boot (see loadConfig). */
export interface AppConfig {
  redisUrl: string;
  elasticsearchUrl: string;
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
  /** Watched inbox directory, or null when the drop folder is off. */
  dropFolder: string | null;
  logLevel: string;
  /** Which tagging engine the tagger and POST /tag use: the embedded model, or one served over HTTP. */
  taggerEngine: 'embedded' | 'http';
  /** URL of the HTTP engine: it receives POST {"text"} and answers {"entities": [...]}. */
  taggerUrl: string | null;
}
