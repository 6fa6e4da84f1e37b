import Redis from 'ioredis';
import { randomUUID } from 'crypto';
import { RedisSiteHistory } from './redis-site-history';
import { historyHashes } from './site-history';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('RedisSiteHistory (real Redis)', () => {
  const prefix = `test:strip:${randomUUID()}:`;
  let redis: Redis;

  beforeAll(() => {
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  });

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  const page = (n: number) => ['اتصل بنا', 'شاهد البث المباشر', `عنوان الخبر رقم ${n}`, `نص الخبر رقم ${n} وفيه تفاصيل كثيرة.`];

  it('counts documents and the lines they contain', async () => {
    const history = new RedisSiteHistory(redis, { prefix });
    for (let n = 1; n <= 3; n++) await history.record('a.test', page(n));
    const stats = await history.lookup('a.test', page(4));
    expect(stats.docCount).toBe(3);
    const [menu, live, title] = historyHashes(page(4));
    expect(stats.counts.get(menu)).toBe(3);
    expect(stats.counts.get(live)).toBe(3);
    expect(stats.counts.has(title)).toBe(false);
  });

  it('keeps sites apart and ignores a repeated document', async () => {
    const history = new RedisSiteHistory(redis, { prefix });
    await history.record('b.test', page(1));
    await history.record('b.test', page(1));
    expect((await history.lookup('b.test', page(1))).docCount).toBe(1);
    expect((await history.lookup('c.test', page(1))).docCount).toBe(0);
  });

  it('survives a restart: a new client sees what the old one recorded', async () => {
    await new RedisSiteHistory(redis, { prefix }).record('d.test', page(1));
    const other = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    try {
      const stats = await new RedisSiteHistory(other, { prefix }).lookup('d.test', page(2));
      expect(stats.docCount).toBe(1);
      expect(stats.counts.get(historyHashes(['اتصل بنا'])[0])).toBe(1);
    } finally {
      await other.quit();
    }
  });

  it('answers an empty page and an unknown site with zero counts', async () => {
    const stats = await new RedisSiteHistory(redis, { prefix }).lookup('nobody.test', []);
    expect(stats).toEqual({ docCount: 0, counts: new Map() });
  });

  it('rejects (so the job is retried) when Redis cannot be reached', async () => {
    const down = new Redis({ port: 1, lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null });
    down.on('error', () => undefined);
    try {
      await expect(new RedisSiteHistory(down, { prefix }).lookup('a.test', page(1))).rejects.toThrow();
      await expect(new RedisSiteHistory(down, { prefix }).record('a.test', page(1))).rejects.toThrow();
    } finally {
      down.disconnect();
    }
  });

  it('bounds memory: caps lines per site (rarest first) and sets a TTL', async () => {
    const history = new RedisSiteHistory(redis, { prefix, maxLinesPerSite: 20, ttlSeconds: 600 });
    for (let n = 0; n < 30; n++) await history.record('e.test', ['اتصل بنا', `سطر فريد ${n}`, `سطر آخر ${n}`]);
    const keys = history.keys('e.test');
    expect(await redis.zcard(keys.lines)).toBeLessThanOrEqual(20);
    expect(await redis.zscore(keys.lines, historyHashes(['اتصل بنا'])[0])).toBe('30');
    const ttl = await redis.ttl(keys.lines);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(600);
    expect(await redis.ttl(keys.docs)).toBeGreaterThan(0);
  });
});
