import type { AppConfig } from './app-config';
import { parseRedisTopology, RedisConfigError } from './redis-topology';

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function readInt(env: Env, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigError(`${name} must be an integer >= ${min}, got "${raw}"`);
  }
  return value;
}

function readUrl(env: Env, name: string, fallback: string, protocols: string[]): string {
  const raw = env[name] || fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL, got "${raw}"`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`${name} must use ${protocols.join(' or ')}, got "${raw}"`);
  }
  return raw;
}

function readList(env: Env, name: string): string[] {
  return (env[name] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

/** ELASTICSEARCH_URL: one URL or a comma list of nodes of the same cluster. */
function readEsNodes(env: Env): string[] {
  const raw = env.ELASTICSEARCH_URL || 'http://127.0.0.1:9200';
  const nodes = raw.split(',').map((s) => s.trim()).filter(Boolean);
  for (const node of nodes) readUrl({ ELASTICSEARCH_URL: node }, 'ELASTICSEARCH_URL', '', ['http:', 'https:']);
  return nodes;
}

/** The Redis fields, validated by parsing them once (a bad value names its variable). */
function readRedis(env: Env) {
  const settings = {
    redisUrl: env.REDIS_URL || 'redis://127.0.0.1:6379',
    redisClusterNodes: readList(env, 'REDIS_CLUSTER_NODES'),
    redisSentinels: readList(env, 'REDIS_SENTINELS'),
    redisSentinelName: env.REDIS_SENTINEL_NAME || null,
    redisUsername: env.REDIS_USERNAME || null,
    redisPassword: env.REDIS_PASSWORD || null,
    redisSentinelPassword: env.REDIS_SENTINEL_PASSWORD || null,
    redisTls: readBool(env, 'REDIS_TLS', false),
    redisTlsCaFile: env.REDIS_TLS_CA_FILE || null,
  };
  try {
    parseRedisTopology(settings);
  } catch (err) {
    if (err instanceof RedisConfigError) throw new ConfigError(err.message);
    throw err;
  }
  return settings;
}

/** Validates the environment once; a bad value fails boot with a message naming the variable. */
export function loadConfig(env: Env = process.env, defaults: Partial<AppConfig> = {}): AppConfig {
  const refresh = env.INDEX_REFRESH ?? defaults.indexRefresh ?? 'false';
  if (!['false', 'wait_for', 'true'].includes(refresh)) {
    throw new ConfigError(`INDEX_REFRESH must be false, wait_for or true, got "${refresh}"`);
  }
  const boardUser = env.BULL_BOARD_USER || null;
  const boardPassword = env.BULL_BOARD_PASSWORD || null;
  if (Boolean(boardUser) !== Boolean(boardPassword)) {
    throw new ConfigError('BULL_BOARD_USER and BULL_BOARD_PASSWORD must be set together');
  }
  const taggerEngine = env.TAGGER_ENGINE || 'embedded';
  if (taggerEngine !== 'embedded' && taggerEngine !== 'http') {
    throw new ConfigError(`TAGGER_ENGINE must be embedded or http, got "${taggerEngine}"`);
  }
  const taggerUrl = taggerEngine === 'http' ? readUrl(env, 'TAGGER_URL', '', ['http:', 'https:']) : null;
  const elasticsearchNodes = readEsNodes(env);
  const queuePrefix = env.QUEUE_PREFIX || 'pipeline';
  if (/[{}]/.test(queuePrefix)) {
    // The pipeline puts its own hash tags into every key (libs/queue/src/redis-keys.ts).
    throw new ConfigError(`QUEUE_PREFIX must not contain { or }: the pipeline adds the Redis Cluster hash tags itself, got "${queuePrefix}"`);
  }
  return {
    ...readRedis(env),
    elasticsearchUrl: elasticsearchNodes[0],
    elasticsearchNodes,
    elasticsearchSniff: readBool(env, 'ELASTICSEARCH_SNIFF', false),
    elasticsearchApiKey: env.ELASTICSEARCH_API_KEY || null,
    // One node cannot hold a replica (it would stay unassigned, the cluster yellow);
    // set INDEX_REPLICAS=1 or more on a cluster.
    indexShards: readInt(env, 'INDEX_SHARDS', 1),
    indexReplicas: readInt(env, 'INDEX_REPLICAS', 0, 0),
    queuePrefix,
    indexAlias: env.INDEX_ALIAS || 'news',
    indexRefresh: refresh as AppConfig['indexRefresh'],
    port: readInt(env, 'PORT', defaults.port ?? 3000, 0),
    maxUploadBytes: readInt(env, 'MAX_UPLOAD_BYTES', 20 * 1024 * 1024),
    maxFilesPerUpload: readInt(env, 'MAX_FILES_PER_UPLOAD', 1000),
    concurrency: {
      fetch: readInt(env, 'FETCH_CONCURRENCY', 4),
      strip: readInt(env, 'STRIP_CONCURRENCY', 2),
      tag: readInt(env, 'TAG_CONCURRENCY', 2),
      index: readInt(env, 'INDEX_CONCURRENCY', 50),
    },
    // Every stage writes to Redis and the indexer to Elasticsearch: with the capped
    // backoff (libs/queue/src/retry-backoff.ts) these attempts outlast a 5-minute
    // outage at every stage (8 at the indexer); a failure that can never succeed is
    // not retried at all (libs/queue/src/error-classification.ts).
    attempts: {
      fetch: readInt(env, 'FETCH_ATTEMPTS', 14),
      strip: readInt(env, 'STRIP_ATTEMPTS', 15),
      tag: readInt(env, 'TAG_ATTEMPTS', 15),
      index: readInt(env, 'INDEX_ATTEMPTS', 20),
    },
    backoffMs: {
      fetch: readInt(env, 'FETCH_BACKOFF_MS', 2000, 0),
      strip: readInt(env, 'STRIP_BACKOFF_MS', 1000, 0),
      tag: readInt(env, 'TAG_BACKOFF_MS', 1000, 0),
      index: readInt(env, 'INDEX_BACKOFF_MS', 1000, 0),
    },
    retention: {
      completedAgeSeconds: readInt(env, 'COMPLETED_JOB_RETENTION_SECONDS', 3600, 0),
      completedCount: readInt(env, 'COMPLETED_JOB_RETENTION_COUNT', 1000, 0),
      failedAgeSeconds: readInt(env, 'FAILED_JOB_RETENTION_SECONDS', 7 * 24 * 3600, 0),
    },
    apiKey: env.API_KEY || null,
    boardUser,
    boardPassword,
    rateLimitPerMinute: readInt(env, 'RATE_LIMIT_PER_MINUTE', 600),
    urlAllowList: readList(env, 'URL_ALLOW_LIST'),
    crawl: {
      userAgent: env.CRAWL_USER_AGENT || null,
      hostMaxConcurrent: readInt(env, 'CRAWL_HOST_CONCURRENCY', 2),
      hostMinDelayMs: readInt(env, 'CRAWL_HOST_DELAY_MS', 1000, 0),
      minSourceIntervalSeconds: readInt(env, 'SOURCE_MIN_INTERVAL_SECONDS', 60),
    },
    dropFolder: env.DROP_FOLDER || null,
    logLevel: env.LOG_LEVEL || 'info',
    taggerEngine,
    taggerUrl,
    kibanaUrl: env.KIBANA_URL ? readUrl(env, 'KIBANA_URL', '', ['http:', 'https:']) : null,
  };
}
