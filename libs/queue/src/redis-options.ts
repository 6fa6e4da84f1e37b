import { readFileSync } from 'node:fs';
import Redis, { Cluster, type ClusterOptions, type RedisOptions } from 'ioredis';
import type { ConnectionOptions } from 'bullmq';
import { parseRedisTopology, type RedisSettings, type RedisTopology } from '@app/config';

/** Every Redis user in the project takes one of these: a node (also behind Sentinel) or a cluster. */
export type RedisClient = Redis | Cluster;

/**
 * - producer: fails fast when Redis is down (no offline queue, one retry), so the
 *   gateway can answer 503 instead of hanging or claiming to have accepted a file;
 * - worker: waits for Redis forever, as BullMQ workers require (maxRetriesPerRequest null).
 */
export type RedisRole = 'producer' | 'worker';

/**
 * After a failover the old master may come back as a replica, and a client still
 * connected to it gets `READONLY` on every write.  Reconnecting (2 = reconnect and
 * resend the command) makes Sentinel clients ask for the new master and cluster
 * clients refresh their slot map, instead of failing every upload until a restart.
 */
export function reconnectOnReadonly(err: Error): 2 | false {
  return err.message.startsWith('READONLY') ? 2 : false;
}

function tlsOptions(topology: RedisTopology): RedisOptions['tls'] {
  if (!topology.tls) return undefined;
  return topology.tlsCaFile ? { ca: readFileSync(topology.tlsCaFile) } : {};
}

function roleOptions(role: RedisRole): RedisOptions {
  return role === 'producer' ? { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 } : { maxRetriesPerRequest: null };
}

/** ioredis options of one connection: a single node, or the master behind Sentinel (not used for a cluster). */
export function redisNodeOptions(topology: RedisTopology, role: RedisRole): RedisOptions {
  const auth = { username: topology.username, password: topology.password, db: topology.db, tls: tlsOptions(topology) };
  const options: RedisOptions = { ...auth, ...roleOptions(role), reconnectOnError: reconnectOnReadonly };
  if (topology.mode === 'sentinel') {
    return {
      ...options,
      sentinels: topology.nodes,
      name: topology.sentinelName!,
      role: 'master',
      sentinelPassword: topology.sentinelPassword,
      enableTLSForSentinelMode: topology.tls,
      sentinelTLS: topology.tls ? tlsOptions(topology) : undefined,
      // Subscribes to +switch-master so a failover is followed at once, not at the next error.
      failoverDetector: true,
    };
  }
  return { ...options, host: topology.nodes[0].host, port: topology.nodes[0].port };
}

/** ioredis Cluster options: the per-node options above, the offline-queue policy of the role. */
export function redisClusterOptions(topology: RedisTopology, role: RedisRole): ClusterOptions {
  const { enableOfflineQueue, ...perNode } = roleOptions(role);
  return {
    enableOfflineQueue: enableOfflineQueue ?? true,
    redisOptions: {
      username: topology.username,
      password: topology.password,
      tls: tlsOptions(topology),
      reconnectOnError: reconnectOnReadonly,
      ...perNode,
    },
    // Managed TLS clusters (e.g. ElastiCache) need the node's hostname kept for the certificate.
    dnsLookup: topology.tls ? (address, callback) => callback(null, address) : undefined,
    slotsRefreshTimeout: 2000,
  };
}

/** A new client for the configured topology (status, blobs, site history, rate limits, tests). */
export function createRedisClient(settings: RedisSettings, role: RedisRole): RedisClient {
  const topology = parseRedisTopology(settings);
  if (topology.mode === 'cluster') return new Cluster(topology.nodes, redisClusterOptions(topology, role));
  return new Redis(redisNodeOptions(topology, role));
}

/**
 * What BullMQ's `connection` takes.  For one node or Sentinel, options: each queue
 * and worker opens its own connections.  For a cluster, BullMQ needs a Cluster
 * instance (it does not build one from options); workers duplicate it for their
 * blocking connection.  The caller closes that instance (BullMQ leaves shared ones open).
 */
export function bullConnection(settings: RedisSettings, role: RedisRole): ConnectionOptions {
  const topology = parseRedisTopology(settings);
  if (topology.mode === 'cluster') return new Cluster(topology.nodes, redisClusterOptions(topology, role));
  return redisNodeOptions(topology, role);
}
