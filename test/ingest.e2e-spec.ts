import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { startPipeline, waitForDocument, type RunningPipeline } from './support/pipeline';

const SEEDS_DIR = join(__dirname, '..', 'seeds');
const seedFiles = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
const MAX_UPLOAD = 64 * 1024;

describe('ingesting documents end to end (real Redis, real Elasticsearch)', () => {
  let pipeline: RunningPipeline;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    pipeline = await startPipeline({ maxUploadBytes: MAX_UPLOAD });
  });
  afterAll(async () => {
    await pipeline?.stop();
  });

  it('accepts the five seeds in one upload with one id each', async () => {
    let upload = request(pipeline.http).post('/documents');
    for (const file of seedFiles) upload = upload.attach('files', join(SEEDS_DIR, file));
    const response = await upload;
    expect(response.status).toBe(202);
    expect(response.body.documents).toHaveLength(5);
    expect(response.body.rejected).toEqual([]);
    for (const doc of response.body.documents) {
      expect(doc.id).toMatch(/^[0-9a-f]{32}$/);
      ids.set(doc.name, doc.id);
    }
    expect(new Set(ids.values()).size).toBe(5);
  });

  it('brings every seed to indexed, stored with its title and paragraphs', async () => {
    for (const [name, id] of ids) {
      const status = await waitForDocument(pipeline.http, id);
      expect({ name, state: status.state, error: status.error }).toEqual({ name, state: 'indexed', error: undefined });
      for (const stage of ['fetch', 'strip', 'tag', 'index']) expect(status.stages[stage].state).toBe('done');
      const stored = await pipeline.es.get<Record<string, any>>({ index: pipeline.config.indexAlias, id });
      expect(stored._source!.id).toBe(id);
      expect(stored._source!.paragraphs.length).toBeGreaterThan(2);
      expect(stored._source!).toHaveProperty('title');
      expect(stored._source!.source.name).toBe(name);
      expect(status.document.paragraphs).toEqual(stored._source!.paragraphs);
    }
  });

  it('treats the same content uploaded again, under another name, as the same document', async () => {
    const bytes = readFileSync(join(SEEDS_DIR, seedFiles[0]));
    const response = await request(pipeline.http).post('/documents').attach('files', bytes, 'copy-of-seed.txt');
    expect(response.status).toBe(202);
    expect(response.body.documents).toEqual([{ id: ids.get(seedFiles[0]), name: 'copy-of-seed.txt', status: 'duplicate' }]);
    await pipeline.es.indices.refresh({ index: pipeline.config.indexAlias });
    const count = await pipeline.es.count({ index: pipeline.config.indexAlias });
    expect(count.count).toBe(5);
  });

  it('finds a document through GET /search when the query spells a word with another hamza or ta marbuta, or with a clitic', async () => {
    const seed000 = ids.get(seedFiles[0]);
    // The text has "إيرانية" (hamza under alef, ta marbuta) and "في سوريا".
    for (const q of ['ايرانيه', 'بسوريا', 'والإيرانية']) {
      const response = await request(pipeline.http).get('/search').query({ q });
      expect({ q, status: response.status }).toEqual({ q, status: 200 });
      expect({ q, ids: response.body.hits.map((h: { id: string }) => h.id) }).toEqual({ q, ids: expect.arrayContaining([seed000]) });
    }
    const nothing = await request(pipeline.http).get('/search').query({ q: 'بطيخ' });
    expect(nothing.body.hits).toEqual([]);
  });

  it('answers 400 when no file is sent', async () => {
    const response = await request(pipeline.http).post('/documents').field('note', 'nothing attached');
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/files/);
  });

  it('answers 400 naming an empty file', async () => {
    const response = await request(pipeline.http).post('/documents').attach('files', Buffer.alloc(0), 'blank.txt');
    expect(response.status).toBe(400);
    expect(response.body.message).toContain('blank.txt');
  });

  it('answers 413 for a file over the size limit', async () => {
    const big = Buffer.alloc(MAX_UPLOAD + 1, 'ا');
    const response = await request(pipeline.http).post('/documents').attach('files', big, 'huge.txt');
    expect(response.status).toBe(413);
    expect(response.body.message).toContain('huge.txt');
  });

  it('accepts the good files of a batch and reports the bad one', async () => {
    const good = Buffer.from('خبر جديد عن الاقتصاد في مصر والأردن يتحدث عن ارتفاع الأسعار في الأسواق المحلية خلال الشهر الماضي.\n', 'utf8');
    const response = await request(pipeline.http)
      .post('/documents')
      .attach('files', good, 'good.txt')
      .attach('files', Buffer.alloc(0), 'empty.txt')
      .attach('files', Buffer.alloc(MAX_UPLOAD + 10, 'x'), 'too-big.txt');
    expect(response.status).toBe(202);
    expect(response.body.documents.map((d: { name: string }) => d.name)).toEqual(['good.txt']);
    expect(response.body.rejected).toEqual([
      expect.objectContaining({ name: 'empty.txt', status: 400 }),
      expect.objectContaining({ name: 'too-big.txt', status: 413 }),
    ]);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await request(pipeline.http).get(`/documents/${'0'.repeat(32)}`)).status).toBe(404);
    expect((await request(pipeline.http).get('/documents/not-an-id')).status).toBe(400);
  });
});

describe('ingesting while Redis is unreachable', () => {
  let pipeline: RunningPipeline;
  beforeAll(async () => {
    // Port 1 on loopback: nothing listens there.
    pipeline = await startPipeline({ redisUrl: 'redis://127.0.0.1:1' }, []);
  });
  afterAll(async () => {
    await pipeline?.stop().catch(() => undefined);
  });

  it('answers 503 and accepts nothing', async () => {
    const response = await request(pipeline.http).post('/documents').attach('files', join(SEEDS_DIR, seedFiles[0]));
    expect(response.status).toBe(503);
    expect(response.body.message).toMatch(/nothing was accepted/);
    expect(response.body.documents).toBeUndefined();
  });
});
