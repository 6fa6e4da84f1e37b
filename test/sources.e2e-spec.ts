import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { documentIdForUrl } from '@app/contracts';
import { startPipeline, startWorkers, waitForDocument, type RunningPipeline } from './support/pipeline';

const SEEDS = ['000_a7525f3a33a055e6.txt', '001_e50190eb8a00924d.txt', '002_6602581503e6a6fb.txt', '003_9930bd7d1e2e4871.txt'].map((f) =>
  readFileSync(join(__dirname, '..', 'seeds', f), 'utf8'),
);

/** A loopback news site: robots.txt, a news sitemap the test edits, articles made from the seeds. */
async function newsSite() {
  const listed: string[] = ['/a/1', '/a/2', '/private/secret'];
  const hits: string[] = [];
  const page = (text: string) => {
    const [title, ...paragraphs] = text.split('\n').filter((l) => l.trim());
    return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  };
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.push(path);
    if (path === '/robots.txt') return res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n');
    if (path === '/news-sitemap.xml') {
      const urls = listed
        .map((p) => `<url><loc>${base}${p}</loc><news:news><news:publication_date>2024-03-07T08:00:00Z</news:publication_date><news:title>خبر</news:title></news:news></url>`)
        .join('');
      return res
        .writeHead(200, { 'content-type': 'application/xml' })
        .end(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${urls}</urlset>`);
    }
    const article = /^\/a\/(\d+)$/.exec(path);
    if (article) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(SEEDS[(Number(article[1]) - 1) % SEEDS.length]));
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, listed, hits, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** Following a news sitemap end to end: real Redis, real Elasticsearch, all five apps in this process. */
describe('followed sources', () => {
  let pipeline: RunningPipeline;
  let workers: INestApplicationContext[];
  let site: Awaited<ReturnType<typeof newsSite>>;
  const overrides = {
    urlAllowList: ['127.0.0.1'],
    crawl: { userAgent: 'ArabicNewsPipeline-test', hostMaxConcurrent: 2, hostMinDelayMs: 100, minSourceIntervalSeconds: 1 },
  };

  beforeAll(async () => {
    site = await newsSite();
    pipeline = await startPipeline(overrides, []);
    workers = await startWorkers(pipeline.config, ['fetcher', 'stripper', 'tagger', 'indexer']);
  });
  afterAll(async () => {
    for (const w of workers ?? []) await w.close();
    await pipeline?.stop();
    await site?.close();
  });

  const idOf = (path: string) => documentIdForUrl(`${site.base}${path}`);

  it('polls a news sitemap on its schedule, indexes new articles once, never fetches what robots.txt disallows, and keeps the schedule across restarts', async () => {
    const added = await request(pipeline.http).post('/sources').send({ url: `${site.base}/news-sitemap.xml`, intervalMinutes: 2 / 60 });
    expect(added.status).toBe(201);
    const sourceId = added.body.id;
    expect((await request(pipeline.http).post('/sources').send({ url: `${site.base}/news-sitemap.xml`, intervalMinutes: 2 / 60 })).status).toBe(200);

    for (const path of ['/a/1', '/a/2']) expect((await waitForDocument(pipeline.http, idOf(path))).state).toBe('indexed');
    const secret = await waitForDocument(pipeline.http, idOf('/private/secret'));
    expect(secret.state).toBe('failed');
    expect(secret.error).toMatch(/robots\.txt/);

    // A new article appears: the next scheduled poll (no request from the test) brings it in.
    site.listed.push('/a/3');
    expect((await waitForDocument(pipeline.http, idOf('/a/3'))).state).toBe('indexed');

    // Every stage app stops; an article is published meanwhile; new apps pick the schedule up from Redis.
    for (const w of workers) await w.close();
    site.listed.push('/a/4');
    workers = await startWorkers(pipeline.config, ['fetcher', 'stripper', 'tagger', 'indexer']);
    expect((await waitForDocument(pipeline.http, idOf('/a/4'))).state).toBe('indexed');

    // Several polls ran, each article was fetched once, the disallowed one never.
    expect(site.hits.filter((h) => h === '/news-sitemap.xml').length).toBeGreaterThanOrEqual(3);
    for (const path of ['/a/1', '/a/2', '/a/3', '/a/4']) expect(site.hits.filter((h) => h === path)).toHaveLength(1);
    expect(site.hits).not.toContain('/private/secret');
    expect(site.hits.filter((h) => h === '/robots.txt')).toHaveLength(1);

    const source = (await request(pipeline.http).get(`/sources/${sourceId}`)).body;
    expect(source).toMatchObject({ id: sourceId, state: 'ok', kind: 'sitemap', articlesQueued: 5, consecutiveErrors: 0 });
    const list = (await request(pipeline.http).get('/sources')).body.sources;
    expect(list.map((s: { id: string }) => s.id)).toEqual([sourceId]);

    expect((await request(pipeline.http).delete(`/sources/${sourceId}`)).status).toBe(200);
    expect((await request(pipeline.http).get(`/sources/${sourceId}`)).status).toBe(404);
  }, 120_000);

  it('follows a feed from the CLI (npm run ingest -- --feed URL)', async () => {
    await pipeline.gateway.listen(0, '127.0.0.1');
    const gatewayUrl = `http://127.0.0.1:${(pipeline.http.address() as AddressInfo).port}`;
    const feed = `${site.base}/cli-feed.xml`;
    const cli = (...args: string[]) =>
      promisify(execFile)(process.execPath, [require.resolve('tsx/cli'), 'scripts/ingest/cli.ts', ...args, '--gateway', gatewayUrl], { cwd: join(__dirname, '..') });
    const { stdout } = await cli('--feed', feed, '--interval', '30');
    expect(stdout).toMatch(/now following .*cli-feed\.xml .*every 30 minutes/);
    const sources = (await request(pipeline.http).get('/sources')).body.sources;
    expect(sources.find((s: { url: string }) => s.url === feed)).toMatchObject({ intervalMinutes: 30 });
    const refused = await cli('--feed', 'ftp://example.test/feed').then(() => null, (err: { code: number; stderr: string }) => err);
    expect(refused?.code).toBe(1);
    expect(refused?.stderr).toMatch(/source refused \(400\): only http and https/);
  });

  it('refuses a source that is no http(s) URL, or polled more often than allowed, with a message', async () => {
    const bad = await request(pipeline.http).post('/sources').send({ url: 'file:///etc/passwd' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/http and https/);
    const tooOften = await request(pipeline.http).post('/sources').send({ url: `${site.base}/x.xml`, intervalMinutes: 0.001 });
    expect(tooOften.status).toBe(400);
    expect(tooOften.body.message).toMatch(/intervalMinutes/);
    expect((await request(pipeline.http).post('/sources').send({})).body.message).toMatch(/url is required/);
  });
});
