import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { FetchError } from '@app/fetching';
import { PoliteFetcher } from './polite-fetcher';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const UA = 'ArabicNewsPipeline-test';

/** A loopback site that records when each path was asked for. */
function site(robots: string | null, handler?: (path: string, count: number) => { status: number; headers?: Record<string, string> } | null) {
  const hits: Array<{ path: string; at: number }> = [];
  const counts = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.push({ path, at: Date.now() });
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const special = handler?.(path, counts.get(path)!);
    if (special) return res.writeHead(special.status, special.headers).end();
    if (path === '/robots.txt') {
      if (robots === null) res.writeHead(404).end();
      else res.writeHead(200, { 'content-type': 'text/plain' }).end(robots);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<html><body><p>${path}</p></body></html>`);
  });
  return new Promise<{ base: string; hits: typeof hits; close: () => Promise<void> }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        hits,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  );
}

describe('PoliteFetcher (real Redis, loopback site)', () => {
  let redis: Redis;
  const prefix = `test-polite-${randomUUID().slice(0, 8)}`;
  const fetcher = (minDelayMs: number, maxConcurrent = 2) =>
    new PoliteFetcher(redis, prefix, { userAgent: UA, allowList: ['127.0.0.1'], hostGate: { maxConcurrent, minDelayMs, leaseMs: 10_000, maxWaitMs: 10_000 } });

  beforeAll(() => {
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  });
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('never fetches a path robots.txt disallows for its user agent, and reads robots.txt once', async () => {
    const s = await site(`User-agent: ${UA}\nDisallow: /private/\n\nUser-agent: *\nDisallow: /`);
    try {
      const polite = fetcher(0);
      await expect(polite.fetch(`${s.base}/private/a`)).rejects.toMatchObject({ code: 'robots_disallowed' });
      const ok = await polite.fetch(`${s.base}/news/1`);
      expect(ok.status).toBe(200);
      await polite.fetch(`${s.base}/news/2`);
      expect(s.hits.map((h) => h.path)).toEqual(['/robots.txt', '/news/1', '/news/2']);
    } finally {
      await s.close();
    }
  });

  it('treats a missing robots.txt as allowing everything', async () => {
    const s = await site(null);
    try {
      expect((await fetcher(0).fetch(`${s.base}/x`)).status).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('fetches nothing while robots.txt answers 5xx, with a retryable error that says so', async () => {
    const s = await site('', (path) => (path === '/robots.txt' ? { status: 503 } : null));
    try {
      const error = await fetcher(0).fetch(`${s.base}/news/1`).catch((e) => e);
      expect(error).toMatchObject({ code: 'http_503', retryable: true, message: expect.stringContaining('robots.txt could not be read') });
      expect(s.hits.map((h) => h.path)).toEqual(['/robots.txt']);
    } finally {
      await s.close();
    }
  });

  it('keeps the per-host delay between fetches from two fetchers sharing Redis', async () => {
    const s = await site('');
    try {
      const [a, b] = [fetcher(300, 1), fetcher(300, 1)];
      await Promise.all([1, 2, 3, 4, 5, 6].map((n) => (n % 2 ? a : b).fetch(`${s.base}/n/${n}`)));
      const starts = s.hits.filter((h) => h.path.startsWith('/n/')).map((h) => h.at).sort((x, y) => x - y);
      expect(starts).toHaveLength(6);
      const gaps = starts.slice(1).map((t, i) => t - starts[i]);
      // 300 ms apart, less a little for the two clocks (Redis's and this process's).
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(270);
    } finally {
      await s.close();
    }
  });

  it('obeys Retry-After: after a 503 asking for 1 s, the host is not asked again sooner', async () => {
    const s = await site('', (path, count) => (path === '/busy' && count === 1 ? { status: 503, headers: { 'retry-after': '1' } } : null));
    try {
      const polite = fetcher(0);
      const error = await polite.fetch(`${s.base}/busy`).catch((e) => e);
      expect(error).toBeInstanceOf(FetchError);
      expect(error).toMatchObject({ code: 'http_503', retryable: true, retryAfterMs: 1000 });
      await polite.fetch(`${s.base}/busy`);
      const [first, second] = s.hits.filter((h) => h.path === '/busy').map((h) => h.at);
      expect(second - first).toBeGreaterThanOrEqual(950);
    } finally {
      await s.close();
    }
  });
});
