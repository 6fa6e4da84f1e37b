import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { chromium } from 'playwright-core';
import { loadConfig } from '@app/config';
import { jobIdFor } from '@app/contracts';
import { startPipeline, waitForDocument, type RunningPipeline } from './support/pipeline';

const ARTIFACTS = join(__dirname, '..', 'test-artifacts');
const USER = 'operator';
const PASSWORD = 'queue-secret';

function article(n: number): Buffer {
  return Buffer.from(
    `أعلنت وزارة الصحة في الأردن اليوم عن افتتاح مستشفى جديد في مدينة إربد لخدمة سكان الشمال، رقم التقرير ${n}.\n` +
      'وقال وزير الصحة إن المستشفى يضم مئتي سرير ويعمل فيه أكثر من خمسمئة طبيب وممرض من مختلف التخصصات الطبية.\n' +
      'وأضاف أن الحكومة تخطط لافتتاح مستشفيات أخرى في محافظات الجنوب خلال العام المقبل لتخفيف الضغط عن مستشفيات العاصمة عمان.\n',
    'utf8',
  );
}

describe('operating the pipeline', () => {
  let pipeline: RunningPipeline;
  let baseUrl: string;

  beforeAll(async () => {
    // One index attempt: a write block is retried for minutes by default (libs/queue/src/error-classification.ts),
    // and the failed-stage test below needs the attempts to run out.
    pipeline = await startPipeline({ boardUser: USER, boardPassword: PASSWORD, attempts: { ...loadConfig({}).attempts, index: 1 } });
    await pipeline.gateway.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(pipeline.http.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await pipeline?.stop();
  });

  it('reports Redis and Elasticsearch as reachable on /health', async () => {
    const response = await request(pipeline.http).get('/health');
    expect(response.body).toEqual({ status: 'ok', redis: 'up', elasticsearch: 'up' });
    expect(response.status).toBe(200);
  });

  it('documents the HTTP API with OpenAPI', async () => {
    const response = await request(pipeline.http).get('/docs-json');
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/documents', '/documents/{id}', '/documents/{id}/retry', '/documents/urls', '/search', '/tag']),
    );
  });

  it('moves the /metrics counters as a document flows', async () => {
    const counter = (text: string, line: RegExp) => Number(text.match(line)?.[1] ?? 0);
    const indexedLine = /^pipeline_documents_indexed_total (\d+)/m;
    const tagDoneLine = /^pipeline_jobs_processed_total\{stage="tag",outcome="completed"\} (\d+)/m;
    const before = (await request(pipeline.http).get('/metrics')).text;
    const upload = await request(pipeline.http).post('/documents').attach('files', article(1), 'metrics.txt');
    await waitForDocument(pipeline.http, upload.body.documents[0].id);
    const after = (await request(pipeline.http).get('/metrics')).text;
    expect(counter(after, indexedLine)).toBe(counter(before, indexedLine) + 1);
    expect(counter(after, tagDoneLine)).toBe(counter(before, tagDoneLine) + 1);
    expect(after).toMatch(/^pipeline_stage_duration_seconds_bucket\{le="[^"]+",stage="strip",outcome="completed"\} \d+/m);
    for (const queue of ['fetch', 'strip', 'tag', 'index']) {
      expect(after).toContain(`pipeline_queue_jobs{queue="${queue}",state="failed"}`);
    }
    expect(after).toMatch(/^process_resident_memory_bytes \d+/m);
  });

  it('shows a failed stage with attempts and error, lists the failed job, and indexes the document on retry', async () => {
    // The cause: the index refuses writes (as Elasticsearch does when a disk fills up).
    const indices = Object.keys(await pipeline.es.indices.getAlias({ name: pipeline.config.indexAlias }));
    await pipeline.es.indices.putSettings({ index: indices, settings: { 'index.blocks.write': true } });
    const upload = await request(pipeline.http).post('/documents').attach('files', article(2), 'blocked.txt');
    const id = upload.body.documents[0].id;
    const failed = await waitForDocument(pipeline.http, id);
    expect(failed.state).toBe('failed');
    expect(failed.failedStage).toBe('index');
    expect(failed.stages.index).toEqual(expect.objectContaining({ state: 'failed', attempts: 1 }));
    expect(failed.stages.index.error).toMatch(/block/i);
    expect(failed.stages.fetch.state).toBe('done');
    expect(failed.stages.index.startedAt <= failed.stages.index.endedAt).toBe(true);

    const { Queue } = await import('bullmq');
    const { redisNodeOptions, redisKeys } = await import('@app/queue');
    const { parseRedisTopology } = await import('@app/config');
    const indexQueue = new Queue('index', {
      connection: redisNodeOptions(parseRedisTopology(pipeline.config), 'worker'),
      prefix: redisKeys.queuePrefix(pipeline.config.queuePrefix, 'index'),
    });
    const failedJobs = await indexQueue.getFailed();
    expect(failedJobs.map((job) => job.id)).toContain(jobIdFor(id, 'index'));
    await indexQueue.close();

    await pipeline.es.indices.putSettings({ index: indices, settings: { 'index.blocks.write': false } });
    const retry = await request(pipeline.http).post(`/documents/${id}/retry`);
    expect(retry.status).toBe(202);
    const indexed = await waitForDocument(pipeline.http, id);
    expect(indexed.state).toBe('indexed');
    expect(indexed.stages.index.attempts).toBe(2);
    expect(indexed.document.id).toBe(id);
  });

  it('refuses to retry a document that has not failed', async () => {
    const upload = await request(pipeline.http).post('/documents').attach('files', article(3), 'fine.txt');
    const id = upload.body.documents[0].id;
    await waitForDocument(pipeline.http, id);
    const retry = await request(pipeline.http).post(`/documents/${id}/retry`);
    expect(retry.status).toBe(409);
    expect(retry.body.message).toMatch(/only failed documents/);
  });

  it('shows the four queues on /queues to a browser with credentials and refuses one without', async () => {
    const anonymous = await request(pipeline.http).get('/queues');
    expect(anonymous.status).toBe(401);
    const wrongPassword = await request(pipeline.http).get('/queues').auth(USER, 'wrong');
    expect(wrongPassword.status).toBe(401);

    mkdirSync(ARTIFACTS, { recursive: true });
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const context = await browser.newContext({ httpCredentials: { username: USER, password: PASSWORD } });
      const page = await context.newPage();
      const response = await page.goto(`${baseUrl}/queues`);
      expect(response?.status()).toBe(200);
      for (const queue of ['fetch', 'strip', 'tag', 'index']) {
        await page.getByRole('link', { name: new RegExp(`^${queue}`, 'i') }).first().waitFor({ timeout: 15000 });
      }
      await page.screenshot({ path: join(ARTIFACTS, 'queues.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});

describe('guarding the ingest endpoints', () => {
  let pipeline: RunningPipeline;
  beforeAll(async () => {
    pipeline = await startPipeline({ apiKey: 'k3y', rateLimitPerMinute: 3 }, []);
  });
  afterAll(async () => {
    await pipeline?.stop();
  });

  it('asks for the API key when one is configured and limits the request rate per client', async () => {
    const send = (key?: string) => {
      const req = request(pipeline.http).post('/documents').attach('files', article(100), 'guarded.txt');
      return key ? req.set('x-api-key', key) : req;
    };
    const anonymous = await send();
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.message).toMatch(/API key/);
    expect((await send('wrong')).status).toBe(401);
    // Refused attempts count against the limit too (the limit comes first, so keys cannot be guessed at speed).
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await send('k3y')).status);
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 202).length).toBeLessThanOrEqual(1);
    // Reads follow the key too, without the ingest quota.
    expect((await request(pipeline.http).get(`/documents/${'0'.repeat(32)}`)).status).toBe(401);
    expect((await request(pipeline.http).get(`/documents/${'0'.repeat(32)}`).set('x-api-key', 'k3y')).status).toBe(404);
  });

  it('guards every endpoint but /health: /search, /tag, /stages, /metrics refuse a missing key', async () => {
    for (const path of ['/search?q=x', '/stages', '/metrics', '/documents', '/sources']) {
      const refused = await request(pipeline.http).get(path);
      expect({ path, status: refused.status }).toEqual({ path, status: 401 });
      expect(refused.body.message).toMatch(/API key/);
    }
    expect((await request(pipeline.http).post('/tag').send({ text: 'زار محمد القاهرة' })).status).toBe(401);
    expect((await request(pipeline.http).get('/stages').set('x-api-key', 'k3y')).status).toBe(200);
    expect((await request(pipeline.http).get('/search').query({ q: 'x' }).set('authorization', 'Bearer k3y')).status).not.toBe(401);
    expect([200, 503]).toContain((await request(pipeline.http).get('/health')).status);
    expect((await request(pipeline.http).get('/ui/settings')).body.apiKeyRequired).toBe(true);
  });
});
