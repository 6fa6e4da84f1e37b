import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Entity } from '@app/contracts';
import { createEmbeddedTagger } from '@app/tagging';
import { startPipeline, startWorkers, waitForDocument, type RunningPipeline } from './support/pipeline';
import { reversedArabicWords } from './support/arabic-order';

const ARTIFACTS = join(__dirname, '..', 'test-artifacts', 'web');
const SEEDS = join(__dirname, '..', 'seeds');
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** The canonical name only the test model gives, so its appearance in the facets proves the re-tagging. */
const TEST_MODEL_PERSON = 'شخصية نموذج الاختبار';

async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

/** Every request the pages make is checked: anything but loopback is aborted and recorded (and fails the test). */
async function guardedContext(browser: Browser, external: string[]): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ar' });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:') && !LOOPBACK.has(url.hostname)) {
      external.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  return context;
}

/** Waits until a reprocessed document is indexed again, i.e. its index stage ended after `after`. */
async function waitForRerun(http: RunningPipeline['http'], id: string, after: string): Promise<Record<string, any>> {
  const deadline = Date.now() + 60000;
  while (Date.now() < deadline) {
    const status = await waitForDocument(http, id, { states: ['indexed'] });
    if (status.stages.index?.endedAt > after) return status;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`document ${id} was not indexed again after ${after}`);
}

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready]', { timeout: 20000 });
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** The page's text is in logical order: the API's own strings appear verbatim and no word reads reversed. */
async function expectLogicalArabic(page: Page, ...expected: string[]): Promise<void> {
  const text = await page.locator('main').innerText();
  expect(reversedArabicWords(text)).toEqual([]);
  for (const s of expected) expect(text).toContain(s);
}

/**
 * A stand-in for an improved model, served over HTTP like any external engine: the
 * embedded tagger's entities, plus the text's first word as a person it alone knows.
 */
function startTestModel(): Promise<Server> {
  const tagger = createEmbeddedTagger();
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const { text } = JSON.parse(body) as { text: string };
      const entities: Entity[] = [...tagger.tag(text)];
      const first = /[\u0600-\u06FF]+/.exec(text);
      if (first) {
        const start = first.index;
        const end = start + first[0].length;
        const overlapping = entities.some((e) => e.start < end && e.end > start);
        if (!overlapping) entities.push({ type: 'PER', text: first[0], start, end, normalized: TEST_MODEL_PERSON });
      }
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ entities }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('the web app, in Chromium, against the real pipeline', () => {
  let pipeline: RunningPipeline;
  let tagger: INestApplicationContext[];
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const external: string[] = [];
  const pageErrors: string[] = [];
  const seedIds = new Map<string, string>();

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    // The tagger runs on its own so that it can be swapped for the test model later.
    pipeline = await startPipeline({ kibanaUrl: 'http://127.0.0.1:5601' }, ['fetcher', 'stripper', 'indexer']);
    tagger = await startWorkers(pipeline.config, ['tagger']);
    await pipeline.gateway.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(pipeline.http.address() as AddressInfo).port}`;
    browser = await launch();
    context = await guardedContext(browser, external);
    page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('dialog', (dialog) => void dialog.accept());
  });

  afterAll(async () => {
    await browser?.close();
    for (const c of tagger ?? []) await c.close();
    await pipeline?.stop();
  });

  afterEach(() => {
    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('uploads the five seeds by drag and drop and shows each one reach indexed, with a link to it', async () => {
    await page.goto(`${baseUrl}/upload`);
    await ready(page);
    const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
    expect(seeds).toHaveLength(5);
    const files = seeds.map((name) => ({ name, text: readFileSync(join(SEEDS, name), 'utf8') }));
    const dataTransfer = await page.evaluateHandle((list) => {
      const transfer = new DataTransfer();
      for (const { name, text } of list) transfer.items.add(new File([text], name, { type: 'text/plain' }));
      return transfer;
    }, files);
    await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer });
    for (const name of seeds) {
      await page.locator(`tr[data-name="${name}"][data-state="indexed"]`).waitFor({ timeout: 60000 });
    }
    for (const name of seeds) {
      const row = page.locator(`tr[data-name="${name}"]`);
      const id = await row.getAttribute('data-id');
      expect(id).toMatch(/^[0-9a-f]{32}$/);
      expect(await row.locator('a').getAttribute('href')).toBe(`/view/${id}`);
      seedIds.set(name, id!);
      expect((await request(pipeline.http).get(`/documents/${id}`)).body.state).toBe('indexed');
    }
    await expect(page.locator('tr[data-state="indexed"] .badge').first().innerText()).resolves.toBe('مفهرسة');
    await expectLogicalArabic(page, 'مفهرسة');
    await screenshot(page, 'upload-indexed');
  });

  it('says in words why an upload was rejected: not Arabic after processing, an image at the door', async () => {
    await page.goto(`${baseUrl}/upload`);
    await ready(page);
    await page.setInputFiles('#file-input', [
      {
        name: 'english.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('The ministry announced a new hospital in the north of the country today.\nIt will open next year with two hundred beds.\n'),
      },
      { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex') },
    ]);
    const english = page.locator('tr[data-name="english.txt"][data-state="rejected"]');
    await english.waitFor({ timeout: 60000 });
    expect(await english.innerText()).toContain('النص ليس عربياً');
    const photo = page.locator('tr[data-name="photo.png"][data-state="rejected"]');
    await photo.waitFor({ timeout: 10000 });
    expect(await photo.innerText()).toContain('نوع الملف غير مدعوم');
    await expectLogicalArabic(page, 'النص ليس عربياً');
    await screenshot(page, 'upload-rejected');
  });

  it('finds the seeds with a spelling variant (بسوريه), the query in the URL, matched words marked, font served locally', async () => {
    await page.goto(`${baseUrl}/?q=${encodeURIComponent('بسوريه')}`);
    await ready(page);
    const api = (await request(pipeline.http).get('/search').query({ q: 'بسوريه', size: 10 })).body;
    expect(api.total).toBeGreaterThanOrEqual(4);
    await expect(page.locator('.total').innerText()).resolves.toBe(`${api.total} نتيجة`);
    expect(await page.locator('.hit').count()).toBe(api.hits.length);
    expect(await page.locator('.hit mark').count()).toBeGreaterThan(0);
    expect(await page.inputValue('input[name=q]')).toBe('بسوريه');
    const fontReady = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('16px "Noto Sans Arabic"', 'سوريا');
    });
    expect(fontReady).toBe(true);
    await expectLogicalArabic(page, ...api.hits.map((h: { title: string | null }) => h.title).filter(Boolean));
    await screenshot(page, 'search');
  });

  it('filters by a person facet, shows the filter, and removes it again', async () => {
    await page.goto(`${baseUrl}/?q=${encodeURIComponent('بسوريه')}`);
    await ready(page);
    const unfiltered = Number((await page.locator('.total').innerText()).match(/\d+/)![0]);
    const facet = page.locator('[data-facet="persons"] a[data-value]').first();
    const person = (await facet.getAttribute('data-value'))!;
    await facet.click();
    await ready(page);
    expect(new URL(page.url()).searchParams.getAll('persons')).toEqual([person]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('بسوريه');
    const api = (await request(pipeline.http).get('/search').query({ q: 'بسوريه', persons: person })).body;
    expect(api.total).toBeGreaterThan(0);
    expect(api.total).toBeLessThan(unfiltered);
    await expect(page.locator('.total').innerText()).resolves.toBe(`${api.total} نتيجة`);
    await expect(page.locator('.chip-persons').innerText()).resolves.toContain(person);
    await expectLogicalArabic(page, person);
    await screenshot(page, 'search-person-facet');
    await page.locator('.chip-persons').click();
    await ready(page);
    expect(new URL(page.url()).searchParams.getAll('persons')).toEqual([]);
    await expect(page.locator('.total').innerText()).resolves.toBe(`${unfiltered} نتيجة`);
  });

  it('opens a document from the results: entities highlighted by type, entity links, removed lines with reasons (folded), timeline', async () => {
    // Seed 003 is the one with the most page furniture removed by the stripper.
    const id = seedIds.get('003_9930bd7d1e2e4871.txt')!;
    const { document: doc } = (await request(pipeline.http).get(`/documents/${id}`)).body;
    await page.goto(`${baseUrl}/?q=${encodeURIComponent(doc.title)}`);
    await ready(page);
    await page.locator(`.hit a[href="/view/${id}"]`).click();
    await ready(page);
    expect(new URL(page.url()).pathname).toBe(`/view/${id}`);

    for (const type of ['PER', 'ORG', 'LOC']) {
      const inBody = doc.entities.filter((e: Entity) => e.type === type).length;
      expect(inBody).toBeGreaterThan(0);
      expect(await page.locator(`.body mark.ent[data-type="${type}"]`).count()).toBe(inBody);
    }
    const person = doc.persons[0];
    expect(await page.locator(`.entity-group[data-type="PER"] a[href="/?${new URLSearchParams({ persons: person })}"]`).count()).toBe(1);

    const removed = doc.removed.filter((r: { reason: string; text: string }) => r.reason !== 'empty' && r.text.trim());
    expect(removed.length).toBeGreaterThan(3);
    const details = page.locator('details.removed');
    expect(await details.getAttribute('open')).toBeNull();
    await details.locator('summary').click();
    expect(await details.locator('li').count()).toBe(removed.length);
    expect(await details.locator('.reason[data-reason="related-articles"]').first().innerText()).toBe('مقالات ذات صلة');

    for (const stage of ['fetch', 'strip', 'tag', 'index']) expect(await page.locator(`.timeline tr[data-stage="${stage}"]`).count()).toBe(1);
    await expectLogicalArabic(page, doc.title, doc.paragraphs[0]);
    await screenshot(page, 'document');
  });

  it('shows recent activity by state and live queue counts, with links to Bull Board and Kibana', async () => {
    await page.goto(`${baseUrl}/activity`);
    await ready(page);
    await page.locator('table.queues tr[data-stage="index"] td[data-count="completed"]').waitFor();
    expect(Number(await page.locator('table.queues tr[data-stage="index"] td[data-count="completed"]').innerText())).toBeGreaterThanOrEqual(5);
    expect(await page.locator('table.documents tr[data-state="indexed"]').count()).toBe(5);
    expect(await page.locator('table.documents tr[data-state="rejected"]').count()).toBe(1);
    await expect(page.locator('nav.states a[data-state="indexed"]').innerText()).resolves.toContain('(5)');
    expect(await page.locator('a[href="/queues"]').count()).toBe(1);
    expect(await page.locator('a[href="http://127.0.0.1:5601"]').count()).toBe(1);
    await expectLogicalArabic(page, 'مفهرسة');
    await screenshot(page, 'activity');
    await page.locator('nav.states a[data-state="rejected"]').click();
    await ready(page);
    expect(await page.locator('table.documents tr').count()).toBe(1);
    expect(await page.locator('table.documents tr').innerText()).toContain('النص ليس عربياً');
  });

  it('switches the labels to English and back, the document text staying right to left', async () => {
    await page.goto(`${baseUrl}/view/${seedIds.get('001_e50190eb8a00924d.txt')}`);
    await ready(page);
    await page.click('#lang-toggle');
    await ready(page);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
    await expect(page.locator('.timeline h2').innerText()).resolves.toBe('Stage timeline');
    expect(await page.locator('.body p').first().getAttribute('dir')).toBe('rtl');
    await screenshot(page, 'document-english');
    await page.click('#lang-toggle');
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  });

  it('re-tags a document on reprocess: with a test model its person facet changes', async () => {
    const id = seedIds.get('002_6602581503e6a6fb.txt')!;
    const firstRun = (await request(pipeline.http).get(`/documents/${id}`)).body;
    const before = firstRun.document;
    expect(before.persons).not.toContain(TEST_MODEL_PERSON);

    const model = await startTestModel();
    try {
      for (const c of tagger) await c.close();
      tagger = await startWorkers({ ...pipeline.config, taggerEngine: 'http', taggerUrl: `http://127.0.0.1:${(model.address() as AddressInfo).port}/tag` }, ['tagger']);

      await page.goto(`${baseUrl}/view/${id}`);
      await ready(page);
      await Promise.all([page.waitForEvent('load'), page.click('button[data-action="reprocess"]')]);
      await ready(page);
      const after = await waitForRerun(pipeline.http, id, firstRun.stages.index.endedAt);
      expect(after.document.persons).toContain(TEST_MODEL_PERSON);
      expect(after.document.persons).toEqual(expect.arrayContaining(before.persons));

      await page.goto(`${baseUrl}/?${new URLSearchParams({ persons: TEST_MODEL_PERSON })}`);
      await ready(page);
      await expect(page.locator('.total').innerText()).resolves.toBe('1 نتيجة');
      await expect(page.locator('[data-facet="persons"]').innerText()).resolves.toContain(TEST_MODEL_PERSON);
      await screenshot(page, 'search-after-reprocess');

      // The bulk form: every document mentioning a location, re-tagged by the same model.
      const location = before.locations[0];
      const matching = (await request(pipeline.http).get('/search').query({ locations: location })).body.total;
      const reprocessedAt = new Date().toISOString();
      const bulk = await request(pipeline.http).post('/reprocess').send({ locations: [location] });
      expect(bulk.status).toBe(202);
      expect(bulk.body.matched).toBe(matching);
      expect(bulk.body.queued.length + bulk.body.skipped.length).toBe(matching);
      for (const queued of bulk.body.queued) await waitForRerun(pipeline.http, queued, reprocessedAt);
      const retagged = (await request(pipeline.http).get('/search').query({ persons: TEST_MODEL_PERSON })).body.total;
      expect(retagged).toBe(Math.max(1, bulk.body.queued.length));
    } finally {
      model.close();
    }
  });

  it('takes a document down with Delete: gone from the results, 404 afterwards', async () => {
    const id = seedIds.get('000_a7525f3a33a055e6.txt')!;
    const before = (await request(pipeline.http).get('/search').query({ q: 'بسوريه' })).body;
    expect(before.hits.map((h: { id: string }) => h.id)).toContain(id);
    await page.goto(`${baseUrl}/view/${id}`);
    await ready(page);
    await page.click('button[data-action="delete"]');
    await page.locator('text=حُذفت الوثيقة.').waitFor({ timeout: 10000 });
    expect((await request(pipeline.http).get(`/documents/${id}`)).status).toBe(404);
    const after = (await request(pipeline.http).get('/search').query({ q: 'بسوريه' })).body;
    expect(after.total).toBe(before.total - 1);
    expect(after.hits.map((h: { id: string }) => h.id)).not.toContain(id);
    await page.goto(`${baseUrl}/?q=${encodeURIComponent('بسوريه')}`);
    await ready(page);
    expect(await page.locator(`.hit a[href="/view/${id}"]`).count()).toBe(0);
    expect((await request(pipeline.http).delete(`/documents/${id}`)).status).toBe(404);
  });
});

describe('the web app when API_KEY is set', () => {
  let pipeline: RunningPipeline;
  let browser: Browser;

  beforeAll(async () => {
    pipeline = await startPipeline({ apiKey: 'web-k3y' }, []);
    await pipeline.gateway.listen(0, '127.0.0.1');
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await pipeline?.stop();
  });

  it('documents the new endpoints in OpenAPI with response schemas, and guards the ones that change data', async () => {
    const spec = (await request(pipeline.http).get('/docs-json')).body;
    const schemaOf = (path: string, method: string, status: string) => spec.paths[path]?.[method]?.responses?.[status]?.content?.['application/json']?.schema;
    expect(schemaOf('/documents', 'get', '200').properties.documents.items.properties.state.enum).toContain('rejected');
    expect(schemaOf('/documents/{id}', 'delete', '200').required).toEqual(['id', 'deleted']);
    expect(schemaOf('/documents/{id}/reprocess', 'post', '202').properties.stage).toBeDefined();
    expect(schemaOf('/reprocess', 'post', '202').required).toEqual(['matched', 'queued', 'skipped']);
    expect(schemaOf('/stages', 'get', '200').properties.stages).toBeDefined();
    const id = 'a'.repeat(32);
    expect((await request(pipeline.http).delete(`/documents/${id}`)).status).toBe(401);
    expect((await request(pipeline.http).post(`/documents/${id}/reprocess`)).status).toBe(401);
    expect((await request(pipeline.http).post('/reprocess').send({ all: true })).status).toBe(401);
    expect((await request(pipeline.http).delete(`/documents/${id}`).set('x-api-key', 'web-k3y')).status).toBe(404);
    const noFilter = await request(pipeline.http).post('/reprocess').set('x-api-key', 'web-k3y').send({});
    expect(noFilter.status).toBe(400);
    expect(noFilter.body.message).toMatch(/send a filter/);
    expect((await request(pipeline.http).get('/documents').query({ state: 'lost' })).status).toBe(401);
    expect((await request(pipeline.http).get('/documents').query({ state: 'lost' }).set('x-api-key', 'web-k3y')).status).toBe(400);
  });

  it('asks for the key once and sends it with every call after', async () => {
    const external: string[] = [];
    const context = await guardedContext(browser, external);
    const page = await context.newPage();
    const keys: Array<string | undefined> = [];
    page.on('request', (r) => r.url().includes('/documents') && keys.push(r.headers()['x-api-key']));
    const baseUrl = `http://127.0.0.1:${(pipeline.http.address() as AddressInfo).port}`;
    await page.goto(`${baseUrl}/activity`);
    await page.locator('#api-key-dialog[open]').waitFor({ timeout: 10000 });
    await page.fill('#api-key-input', 'web-k3y');
    await page.click('#api-key-form button[type=submit]');
    await ready(page);
    await page.goto(`${baseUrl}/upload`);
    await ready(page);
    expect(await page.locator('#api-key-dialog[open]').count()).toBe(0);
    await page.setInputFiles('#file-input', [{ name: 'guarded.txt', mimeType: 'text/plain', buffer: Buffer.from('نص عربي قصير للتجربة.\n') }]);
    await page.locator('tr[data-name="guarded.txt"][data-id]').waitFor({ timeout: 10000 });
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => k === 'web-k3y')).toBe(true);
    expect(external).toEqual([]);
    await context.close();
  });
});
