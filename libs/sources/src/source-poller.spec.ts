import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { PoliteFetcher } from './polite-fetcher';
import { SourcePoller, type ListedArticle } from './source-poller';
import { SourceStore } from './source-store';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A loopback news site whose sitemap the test edits between polls; it answers conditional GETs. */
async function newsSite() {
  const state = { lastmod: { '/a/1': '2024-03-01T10:00:00Z', '/a/2': '2024-03-01T11:00:00Z' } as Record<string, string>, etag: '"v1"', feedStatus: 200 };
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.push(path);
    if (path === '/robots.txt') return res.writeHead(200).end('User-agent: *\nDisallow: /private/');
    if (path === '/sitemap.xml') {
      if (state.feedStatus !== 200) return res.writeHead(state.feedStatus, { 'retry-after': '1' }).end();
      if (req.headers['if-none-match'] === state.etag) return res.writeHead(304).end();
      const urls = Object.entries(state.lastmod)
        .map(([p, m]) => `<url><loc>${base}${p}</loc><lastmod>${m}</lastmod></url>`)
        .join('');
      return res
        .writeHead(200, { 'content-type': 'application/xml', etag: state.etag })
        .end(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, state, hits, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('SourcePoller (real Redis, loopback site)', () => {
  let redis: Redis;
  const prefix = `test-sources-${randomUUID().slice(0, 8)}`;
  let site: Awaited<ReturnType<typeof newsSite>>;
  let store: SourceStore;
  let queued: ListedArticle[][];
  let poller: SourcePoller;

  beforeAll(async () => {
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    site = await newsSite();
    store = new SourceStore(redis, prefix);
    const fetcher = new PoliteFetcher(redis, prefix, { userAgent: 'ArabicNewsPipeline-test', allowList: ['127.0.0.1'], hostGate: { maxConcurrent: 2, minDelayMs: 0, leaseMs: 10_000, maxWaitMs: 10_000 } });
    queued = [];
    poller = new SourcePoller(store, fetcher, async (_id, articles) => void queued.push(articles));
  });
  afterAll(async () => {
    await site.close();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('queues new articles once, skips an unchanged listing by ETag, re-fetches an article listed with a newer date, and backs off on errors', async () => {
    const { source, created } = await store.add(`${site.base}/sitemap.xml`, 5);
    expect(created).toBe(true);
    expect((await store.add(`${site.base}/sitemap.xml`, 5)).created).toBe(false);

    const first = await poller.poll(source.id);
    expect(first).toMatchObject({ outcome: 'polled', listed: 2, queued: 2, refetched: 0 });
    expect(queued[0].map((a) => a.url)).toEqual([`${site.base}/a/1`, `${site.base}/a/2`]);
    expect(await store.get(source.id)).toMatchObject({ state: 'ok', kind: 'sitemap', etag: '"v1"', articlesQueued: 2, consecutiveErrors: 0 });

    // Same ETag: the server answers 304 and nothing is queued.
    expect(await poller.poll(source.id)).toEqual({ outcome: 'not_modified' });
    expect(queued).toHaveLength(1);

    // The publisher edits /a/2 and adds /a/3: one re-fetch, one new article.
    site.state.lastmod['/a/2'] = '2024-03-02T09:00:00Z';
    site.state.lastmod['/a/3'] = '2024-03-02T09:30:00Z';
    site.state.etag = '"v2"';
    expect(await poller.poll(source.id)).toMatchObject({ outcome: 'polled', listed: 3, queued: 1, refetched: 1 });
    expect(queued[1]).toEqual([
      { url: `${site.base}/a/2`, refetch: true },
      { url: `${site.base}/a/3`, refetch: false },
    ]);

    // A 503 with Retry-After (1 s): the error is kept on the source and polls wait at least that long.
    site.state.feedStatus = 503;
    const now = new Date();
    const failed = await poller.poll(source.id, now);
    expect(failed).toMatchObject({ outcome: 'failed' });
    const backing = await store.get(source.id);
    expect(backing).toMatchObject({ state: 'backing_off', consecutiveErrors: 1, lastError: expect.stringContaining('503') });
    expect(new Date(backing!.nextPollAfter!).getTime() - now.getTime()).toBeGreaterThanOrEqual(1000);
    const hitsBefore = site.hits.length;
    expect(await poller.poll(source.id, new Date(now.getTime() + 500))).toEqual({ outcome: 'skipped', reason: 'backing_off' });
    expect(site.hits.length).toBe(hitsBefore);

    // Back up: the next poll after the back-off clears the error.
    site.state.feedStatus = 200;
    await new Promise((r) => setTimeout(r, 1100));
    expect(await poller.poll(source.id)).toEqual({ outcome: 'not_modified' });
    expect(await store.get(source.id)).toMatchObject({ state: 'ok', consecutiveErrors: 0 });
    expect((await store.get(source.id))!.lastError).toBeUndefined();
  });

  it('lists, and forgets a removed source (its poll then does nothing)', async () => {
    const { source } = await store.add(`${site.base}/other.xml`, 10);
    expect((await store.list()).map((s) => s.id)).toContain(source.id);
    expect(await store.remove(source.id)).toBe(true);
    expect(await store.remove(source.id)).toBe(false);
    expect(await poller.poll(source.id)).toEqual({ outcome: 'skipped', reason: 'removed' });
  });
});
