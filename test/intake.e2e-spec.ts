import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { loadConfig } from '@app/config';
import { documentIdForContent } from '@app/contracts';
import { startPipeline, waitForDocument, type RunningPipeline } from './support/pipeline';

const FIXTURES = join(__dirname, 'fixtures', 'fetching');
const SEEDS = join(__dirname, '..', 'seeds');
const fixture = (name: string) => join(FIXTURES, name);
const seedNames = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

/** A news site on loopback: /article.html, /missing (404), /to-private (redirect to a private address). */
function startNewsSite(): Promise<Server> {
  const page = readFileSync(fixture('seed000.windows-1256.html'));
  const server = createServer((req, res) => {
    if (req.url === '/article.html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(page);
    } else if (req.url === '/to-private') {
      res.writeHead(302, { location: 'http://10.11.12.13/secret' });
      res.end();
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not here');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('every way a document comes in', () => {
  let pipeline: RunningPipeline;
  let site: Server;
  let siteUrl: string;
  let dropFolder: string;

  beforeAll(async () => {
    site = await startNewsSite();
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    dropFolder = mkdtempSync(join(tmpdir(), 'drop-'));
    // Only the test's own server is allowed although it is on loopback.
    const defaults = loadConfig({});
    pipeline = await startPipeline({
      urlAllowList: ['127.0.0.1'],
      dropFolder,
      // Two quick fetch attempts, so an unreachable server fails within the test's patience.
      attempts: { ...defaults.attempts, fetch: 2 },
      backoffMs: { ...defaults.backoffMs, fetch: 100 },
    });
  });
  afterAll(async () => {
    await pipeline?.stop();
    site?.close();
    rmSync(dropFolder, { recursive: true, force: true });
  });

  it('refuses images and executables with 415 naming the file and the supported types', async () => {
    for (const name of ['image.png', 'setup.exe', 'program.elf']) {
      const response = await request(pipeline.http).post('/documents').attach('files', fixture(name));
      expect({ name, status: response.status }).toEqual({ name, status: 415 });
      expect(response.body.message).toContain(name);
      expect(response.body.message).toMatch(/HTML/);
    }
  });

  it('turns each member of a zip into its own document and reports the members it cannot take', async () => {
    const response = await request(pipeline.http).post('/documents').attach('files', fixture('good.zip'));
    expect(response.status).toBe(202);
    const names = response.body.documents.map((d: { name: string }) => d.name);
    expect(names).toEqual(expect.arrayContaining(['good.zip/news/seed.txt', 'good.zip/news/page.html']));
    expect(names.some((n: string) => n.startsWith('good.zip/news/more.ndjson'))).toBe(true);
    const rejected = response.body.rejected.map((r: { name: string; status: number }) => [r.name, r.status]);
    expect(rejected).toEqual(expect.arrayContaining([['good.zip/inner.zip', 415], ['good.zip/image.png', 415]]));
    for (const doc of response.body.documents) {
      const status = await waitForDocument(pipeline.http, doc.id);
      if (doc.name.includes('.ndjson')) {
        // Its objects hold a word or two: too little to be an article, and the status says so.
        expect({ name: doc.name, state: status.state, reason: status.reason }).toEqual({ name: doc.name, state: 'rejected', reason: 'empty_after_stripping' });
      } else {
        expect({ name: doc.name, state: status.state }).toEqual({ name: doc.name, state: 'indexed' });
      }
    }
  });

  it('rejects a zip bomb and a zip with a path escaping its folder, ingesting none of their members', async () => {
    const bomb = await request(pipeline.http).post('/documents').attach('files', fixture('bomb-ratio.zip'));
    expect(bomb.status).toBe(413);
    expect(bomb.body.message).toContain('bomb-ratio.zip');
    const dotdot = await request(pipeline.http).post('/documents').attach('files', fixture('dotdot.zip'));
    expect(dotdot.status).toBe(400);
    expect(dotdot.body.message).toContain('dotdot.zip');
  });

  it('decodes a windows-1256 page like its UTF-8 twin and records the encoding', async () => {
    const utf8 = await request(pipeline.http).post('/documents').attach('files', fixture('seed000.utf8.html'));
    const cp1256 = await request(pipeline.http).post('/documents').attach('files', fixture('seed000.windows-1256.html'));
    const a = await waitForDocument(pipeline.http, utf8.body.documents[0].id);
    const b = await waitForDocument(pipeline.http, cp1256.body.documents[0].id);
    expect(a.state).toBe('indexed');
    expect(b.document.paragraphs).toEqual(a.document.paragraphs);
    expect(b.document.encoding).toBe('windows-1256');
    expect(a.document.extraction).toBe('walk');
  });

  it('indexes an article that the structural walk misses from its densest container, and says so', async () => {
    const para = (i: number) => `<p>قال المتحدث باسم الوزارة في بيان صدر اليوم، إن المرحلة رقم ${i} من مشروع تحلية المياه ستبدأ الشهر المقبل في المدن الساحلية.</p>`;
    const html = `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>مشروع تحلية المياه</title></head><body>
      <nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a></nav><h1>مشروع تحلية المياه يبدأ الشهر المقبل</h1>
      <aside class="article-body">${[1, 2, 3, 4].map(para).join('')}</aside></body></html>`;
    const response = await request(pipeline.http).post('/documents').attach('files', Buffer.from(html), 'aside-article.html');
    const status = await waitForDocument(pipeline.http, response.body.documents[0].id);
    expect(status.state).toBe('indexed');
    expect(status.document.extraction).toBe('density');
    expect(status.document.paragraphs).toHaveLength(4);
  });

  it('keeps a file with invalid bytes, flagged, instead of rejecting it', async () => {
    const response = await request(pipeline.http).post('/documents').attach('files', fixture('invalid-bytes.utf8.txt'));
    expect(response.status).toBe(202);
    const status = await waitForDocument(pipeline.http, response.body.documents[0].id);
    expect(status.state).toBe('indexed');
    expect(status.document.decodingErrors).toBe(true);
    expect(status.document.paragraphs.join('')).toContain('\uFFFD');
  });

  it('fetches URLs; a 404 and a redirect to a private address fail with their reasons, the good one is indexed', async () => {
    const response = await request(pipeline.http)
      .post('/documents/urls')
      .send({ urls: [`${siteUrl}/article.html`, `${siteUrl}/missing`, `${siteUrl}/to-private`, 'http://127.0.0.1:1/closed', 'ftp://example.com/x'] });
    expect(response.status).toBe(202);
    expect(response.body.rejected).toEqual([expect.objectContaining({ url: 'ftp://example.com/x', status: 400 })]);
    const [good, missing, redirected, unreachable] = response.body.documents;
    const indexed = await waitForDocument(pipeline.http, good.id);
    expect(indexed.state).toBe('indexed');
    expect(indexed.document.source.url).toBe(`${siteUrl}/article.html`);
    const notFound = await waitForDocument(pipeline.http, missing.id);
    expect(notFound).toEqual(expect.objectContaining({ state: 'failed', failedStage: 'fetch' }));
    expect(notFound.error).toMatch(/404/);
    const privateHop = await waitForDocument(pipeline.http, redirected.id);
    expect(privateHop.state).toBe('failed');
    expect(privateHop.error).toMatch(/private/);
    // Nothing listens there: retried (it may be a passing outage), then failed with the reason.
    const closed = await waitForDocument(pipeline.http, unreachable.id);
    expect(closed).toEqual(expect.objectContaining({ state: 'failed', failedStage: 'fetch' }));
    expect(closed.stages.fetch.attempts).toBe(2);
    expect(closed.error).toMatch(/unreachable|refused|connect/i);
  });

  it('ingests files dropped in the inbox once, moving them to processed/ or failed/ with the reason', async () => {
    copyFileSync(join(SEEDS, seedNames[1]), join(dropFolder, 'dropped.txt'));
    writeFileSync(join(dropFolder, 'empty.txt'), '');
    copyFileSync(fixture('image.png'), join(dropFolder, 'picture.png'));
    const deadline = Date.now() + 30000;
    const listing = () => ({ processed: readdirSync(join(dropFolder, 'processed')), failed: readdirSync(join(dropFolder, 'failed')) });
    while (Date.now() < deadline && (listing().processed.length < 1 || listing().failed.length < 4)) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const { processed, failed } = listing();
    expect(processed).toEqual([expect.stringMatching(/_dropped\.txt$/)]);
    expect(failed.filter((f) => f.endsWith('.error.txt'))).toHaveLength(2);
    const emptyError = failed.find((f) => f.endsWith('empty.txt.error.txt'))!;
    expect(readFileSync(join(dropFolder, 'failed', emptyError), 'utf8')).toMatch(/empty/);
    expect(existsSync(join(dropFolder, 'dropped.txt'))).toBe(false);

    const id = documentIdForContent(readFileSync(join(SEEDS, seedNames[1])));
    expect((await waitForDocument(pipeline.http, id)).state).toBe('indexed');
  });

  it('ingests a folder from the CLI with progress and a summary of failures', async () => {
    await pipeline.gateway.listen(0, '127.0.0.1');
    const gatewayUrl = `http://127.0.0.1:${(pipeline.http.address() as AddressInfo).port}`;
    const folder = mkdtempSync(join(tmpdir(), 'cli-'));
    copyFileSync(join(SEEDS, seedNames[2]), join(folder, 'a.txt'));
    copyFileSync(join(SEEDS, seedNames[3]), join(folder, 'b.txt'));
    writeFileSync(join(folder, 'blank.txt'), '');
    const run = promisify(execFile)(process.execPath, [require.resolve('tsx/cli'), 'scripts/ingest/cli.ts', folder, '--gateway', gatewayUrl], {
      cwd: join(__dirname, '..'),
    });
    const failure = (await run.then(() => null, (err: { code: number; stdout: string }) => err))!;
    rmSync(folder, { recursive: true, force: true });
    // One refused file makes the exit code 1; the summary says what happened to each.
    expect(failure).not.toBeNull();
    expect(failure.code).toBe(1);
    expect(failure.stdout).toMatch(/3 file\(s\): .*2 indexed/);
    expect(failure.stdout).toMatch(/refused\s+blank\.txt: 400: blank\.txt.* is empty/);
  });
});
