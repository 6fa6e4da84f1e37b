/**
 * Which Redis the pipeline talks to: one node, a Redis Cluster, or a master found
 * through Sentinel.  Parsed from the environment-backed config fields (not from
 * process.env), so tests that override `redisUrl` get the topology they asked for.
 */
export interface RedisNode {
  host: string;
  port: number;
}

export interface RedisTopology {
  mode: 'single' | 'cluster' | 'sentinel';
  /** single: the node; cluster: seed nodes (any subset of the cluster); sentinel: the sentinels. */
  nodes: RedisNode[];
  /** Sentinel only: the master's name as the sentinels know it. */
  sentinelName: string | null;
  username?: string;
  password?: string;
  /** Sentinel only: credentials of the sentinels themselves (often none). */
  sentinelPassword?: string;
  db: number;
  tls: boolean;
  /** PEM CA bundle for TLS to a private CA (managed Redis often uses a public one). */
  tlsCaFile: string | null;
}

/** The config fields the topology is read from (a subset of AppConfig). */
export interface RedisSettings {
  redisUrl: string;
  redisClusterNodes: string[];
  redisSentinels: string[];
  redisSentinelName: string | null;
  redisUsername: string | null;
  redisPassword: string | null;
  redisSentinelPassword: string | null;
  redisTls: boolean;
  redisTlsCaFile: string | null;
}

export class RedisConfigError extends Error {}

function parseNode(raw: string, variable: string): RedisNode {
  const text = raw.trim().replace(/^rediss?:\/\//, '').replace(/^[^@]*@/, '').replace(/\/.*$/, '');
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(text);
  const port = match?.[2] ? Number(match[2]) : 6379;
  if (!match || port < 1 || port > 65535) throw new RedisConfigError(`${variable} must list host:port pairs, got "${raw}"`);
  return { host: match[1].replace(/^\[|\]$/g, ''), port };
}

/**
 * REDIS_URL is one `redis://` / `rediss://` URL, or a comma list of nodes
 * (`redis://:pw@h1:7000,h2:7001,h3:7002`), which means a cluster: the first entry
 * carries the scheme, credentials and db, the others only host:port.
 */
export function parseRedisTopology(s: RedisSettings): RedisTopology {
  const [first, ...more] = s.redisUrl.split(',').map((part) => part.trim());
  let url: URL;
  try {
    url = new URL(first);
  } catch {
    throw new RedisConfigError(`REDIS_URL must be a redis:// or rediss:// URL, got "${s.redisUrl}"`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new RedisConfigError(`REDIS_URL must use redis: or rediss:, got "${s.redisUrl}"`);
  }
  const db = url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0) throw new RedisConfigError(`REDIS_URL's database must be a number, got "${url.pathname}"`);
  const urlNode = { host: url.hostname.replace(/^\[|\]$/g, ''), port: url.port ? Number(url.port) : 6379 };
  const common = {
    username: s.redisUsername ?? (url.username ? decodeURIComponent(url.username) : undefined),
    password: s.redisPassword ?? (url.password ? decodeURIComponent(url.password) : undefined),
    tls: s.redisTls || url.protocol === 'rediss:',
    tlsCaFile: s.redisTlsCaFile,
  };
  if (s.redisSentinels.length > 0) {
    if (s.redisClusterNodes.length > 0 || more.length > 0) {
      throw new RedisConfigError('REDIS_SENTINELS cannot be combined with REDIS_CLUSTER_NODES or a node list in REDIS_URL');
    }
    if (!s.redisSentinelName) throw new RedisConfigError('REDIS_SENTINELS needs REDIS_SENTINEL_NAME (the master name the sentinels monitor)');
    return {
      mode: 'sentinel',
      nodes: s.redisSentinels.map((n) => parseNode(n, 'REDIS_SENTINELS')),
      sentinelName: s.redisSentinelName,
      sentinelPassword: s.redisSentinelPassword ?? undefined,
      db,
      ...common,
    };
  }
  if (s.redisSentinelName) throw new RedisConfigError('REDIS_SENTINEL_NAME is set but REDIS_SENTINELS is empty');
  if (s.redisClusterNodes.length > 0 || more.length > 0) {
    // Redis Cluster has only database 0.
    if (db !== 0) throw new RedisConfigError('a Redis Cluster has only database 0; drop the /db from REDIS_URL');
    const nodes =
      s.redisClusterNodes.length > 0
        ? s.redisClusterNodes.map((n) => parseNode(n, 'REDIS_CLUSTER_NODES'))
        : [urlNode, ...more.map((n) => parseNode(n, 'REDIS_URL'))];
    return { mode: 'cluster', nodes, sentinelName: null, db: 0, ...common };
  }
  return { mode: 'single', nodes: [urlNode], sentinelName: null, db, ...common };
}
