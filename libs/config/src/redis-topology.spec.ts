import { loadConfig } from './load-config';
import { parseRedisTopology } from './redis-topology';

const topology = (env: Record<string, string>) => parseRedisTopology(loadConfig(env));

describe('parseRedisTopology', () => {
  it('reads one node with credentials, db and TLS from REDIS_URL', () => {
    expect(topology({ REDIS_URL: 'rediss://app:s%40cret@redis.example:6380/2' })).toEqual({
      mode: 'single',
      nodes: [{ host: 'redis.example', port: 6380 }],
      sentinelName: null,
      username: 'app',
      password: 's@cret',
      db: 2,
      tls: true,
      tlsCaFile: null,
    });
  });

  it('reads a cluster from a node list in REDIS_URL or from REDIS_CLUSTER_NODES', () => {
    const fromUrl = topology({ REDIS_URL: 'redis://:pw@10.0.0.1:7000,10.0.0.2:7001,redis://10.0.0.3' });
    expect(fromUrl.mode).toBe('cluster');
    expect(fromUrl.nodes).toEqual([
      { host: '10.0.0.1', port: 7000 },
      { host: '10.0.0.2', port: 7001 },
      { host: '10.0.0.3', port: 6379 },
    ]);
    expect(fromUrl.password).toBe('pw');
    const fromList = topology({ REDIS_CLUSTER_NODES: 'a:7000, b:7001', REDIS_PASSWORD: 'x', REDIS_TLS: 'true' });
    expect(fromList).toMatchObject({ mode: 'cluster', nodes: [{ host: 'a', port: 7000 }, { host: 'b', port: 7001 }], password: 'x', tls: true });
  });

  it('reads Sentinel: the sentinels, the master name, and the master credentials', () => {
    const t = topology({ REDIS_SENTINELS: '127.0.0.1:26379,127.0.0.2:26380', REDIS_SENTINEL_NAME: 'news', REDIS_PASSWORD: 'm', REDIS_SENTINEL_PASSWORD: 's' });
    expect(t).toMatchObject({ mode: 'sentinel', sentinelName: 'news', password: 'm', sentinelPassword: 's' });
    expect(t.nodes).toEqual([{ host: '127.0.0.1', port: 26379 }, { host: '127.0.0.2', port: 26380 }]);
  });

  it('refuses contradictory or incomplete settings, naming the variable', () => {
    expect(() => loadConfig({ REDIS_SENTINELS: 'a:26379' })).toThrow(/REDIS_SENTINEL_NAME/);
    expect(() => loadConfig({ REDIS_SENTINEL_NAME: 'news' })).toThrow(/REDIS_SENTINELS/);
    expect(() => loadConfig({ REDIS_SENTINELS: 'a:1', REDIS_SENTINEL_NAME: 'n', REDIS_CLUSTER_NODES: 'b:2' })).toThrow(/REDIS_CLUSTER_NODES/);
    expect(() => loadConfig({ REDIS_CLUSTER_NODES: 'a:99999' })).toThrow(/REDIS_CLUSTER_NODES/);
    expect(() => loadConfig({ REDIS_URL: 'redis://a:1/3,b:2' })).toThrow(/database 0/);
    expect(() => loadConfig({ REDIS_TLS: 'maybe' })).toThrow(/REDIS_TLS/);
    expect(() => loadConfig({ QUEUE_PREFIX: '{pipeline}' })).toThrow(/QUEUE_PREFIX/);
  });
});

describe('Elasticsearch settings', () => {
  it('takes several nodes, and shards and replicas for the template', () => {
    const config = loadConfig({ ELASTICSEARCH_URL: 'http://a:9200, http://b:9200', INDEX_SHARDS: '3', INDEX_REPLICAS: '1', ELASTICSEARCH_SNIFF: 'yes' });
    expect(config.elasticsearchNodes).toEqual(['http://a:9200', 'http://b:9200']);
    expect(config.elasticsearchUrl).toBe('http://a:9200');
    expect(config).toMatchObject({ indexShards: 3, indexReplicas: 1, elasticsearchSniff: true });
    expect(loadConfig({})).toMatchObject({ indexShards: 1, indexReplicas: 0, elasticsearchSniff: false });
    expect(() => loadConfig({ ELASTICSEARCH_URL: 'http://a:9200,ftp://b' })).toThrow(/ELASTICSEARCH_URL/);
  });
});
