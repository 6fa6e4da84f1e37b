import { Cluster } from 'ioredis';
import { loadConfig, parseRedisTopology } from '@app/config';
import { bullConnection, reconnectOnReadonly, redisClusterOptions, redisNodeOptions } from './redis-options';
import { redisKeys } from './redis-keys';

describe('redis options', () => {
  it('reconnects on READONLY (a failed-over master now a replica) and on nothing else', () => {
    expect(reconnectOnReadonly(new Error("READONLY You can't write against a read only replica."))).toBe(2);
    expect(reconnectOnReadonly(new Error('ERR wrong number of arguments'))).toBe(false);
  });

  it('makes producers fail fast and workers wait, on every topology', () => {
    const single = parseRedisTopology(loadConfig({}));
    expect(redisNodeOptions(single, 'producer')).toMatchObject({ host: '127.0.0.1', port: 6379, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    expect(redisNodeOptions(single, 'worker').maxRetriesPerRequest).toBeNull();
    const cluster = parseRedisTopology(loadConfig({ REDIS_CLUSTER_NODES: 'a:7000' }));
    expect(redisClusterOptions(cluster, 'producer')).toMatchObject({ enableOfflineQueue: false, redisOptions: { maxRetriesPerRequest: 1 } });
    expect(redisClusterOptions(cluster, 'worker')).toMatchObject({ enableOfflineQueue: true, redisOptions: { maxRetriesPerRequest: null } });
  });

  it('asks the sentinels for the master and follows failovers', () => {
    const sentinel = parseRedisTopology(loadConfig({ REDIS_SENTINELS: 'h:26379', REDIS_SENTINEL_NAME: 'news', REDIS_PASSWORD: 'pw' }));
    expect(redisNodeOptions(sentinel, 'worker')).toMatchObject({
      sentinels: [{ host: 'h', port: 26379 }],
      name: 'news',
      role: 'master',
      password: 'pw',
      failoverDetector: true,
    });
  });

  it('gives BullMQ a Cluster instance on a cluster, options elsewhere', () => {
    const connection = bullConnection({ ...loadConfig({ REDIS_CLUSTER_NODES: '127.0.0.1:1' }) }, 'worker');
    expect(connection).toBeInstanceOf(Cluster);
    (connection as Cluster).disconnect();
    expect(bullConnection(loadConfig({}), 'worker')).not.toBeInstanceOf(Cluster);
  });
});

describe('redis key layout', () => {
  // Redis Cluster's hash tag: the part between the first { and the next }.
  const tag = (key: string) => /\{([^}]+)\}/.exec(key)?.[1];

  it('keeps one document in one slot and spreads documents and queues', () => {
    expect(tag(redisKeys.status('pipeline', 'abc'))).toBe('abc');
    expect(tag(redisKeys.blob('pipeline', 'abc'))).toBe('abc');
    expect(tag(redisKeys.status('pipeline', 'def'))).toBe('def');
    expect(tag(`${redisKeys.queuePrefix('pipeline', 'fetch')}:fetch:wait`)).toBe('fetch');
    expect(tag(`${redisKeys.queuePrefix('pipeline', 'index')}:index:wait`)).toBe('index');
  });
});
