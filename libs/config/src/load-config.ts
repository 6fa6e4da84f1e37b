import type { AppConfig } from './app-config';

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
  return {
    redisUrl: readUrl(env, 'REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']),
    elasticsearchUrl: readUrl(env, 'ELASTICSEARCH_URL', 'http://127.0.0.1:9200', ['http:', 'https:']),
    queuePrefix: env.QUEUE_PREFIX || 'pipeline',
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
    // Fetching talks to the network and indexing to Elasticsearch, so they get more
    // attempts than the pure text stages, where a failure is the input's fault.
    attempts: {
      fetch: readInt(env, 'FETCH_ATTEMPTS', 4),
      strip: readInt(env, 'STRIP_ATTEMPTS', 2),
      tag: readInt(env, 'TAG_ATTEMPTS', 2),
      index: readInt(env, 'INDEX_ATTEMPTS', 6),
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
    dropFolder: env.DROP_FOLDER || null,
    logLevel: env.LOG_LEVEL || 'info',
    taggerEngine,
    taggerUrl,
  };
}
