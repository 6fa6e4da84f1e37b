import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { startPipeline, waitForDocument, type RunningPipeline } from './support/pipeline';

const ROOT = join(__dirname, '..');
const SEEDS = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => join(ROOT, 'seeds', f));
const STORIES = join(ROOT, 'test', 'fixtures', 'stories');
const RATES = join(STORIES, 's01_cbe-rates-daily.txt');
const RATES_AGENCY_COPY = join(STORIES, 's03_cbe-rates-agency-copy.txt');
const QUAKE = join(STORIES, 's05_malatya-quake-agency.txt');

/** Story grouping and copies, linked by the indexer as documents are written (real Redis, real Elasticsearch). */
describe('same story across outlets', () => {
  let pipeline: RunningPipeline;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    pipeline = await startPipeline();
  });
  afterAll(async () => {
    await pipeline?.stop();
  });

  async function upload(files: string[]): Promise<void> {
    let req = request(pipeline.http).post('/documents');
    for (const file of files) req = req.attach('files', file);
    const response = await req;
    expect(response.status).toBe(202);
    for (const doc of response.body.documents) ids.set(doc.name, doc.id);
    for (const file of files) expect((await waitForDocument(pipeline.http, ids.get(file.split('/').pop()!)!)).state).toBe('indexed');
  }

  async function stored(file: string): Promise<Record<string, any>> {
    const doc = await pipeline.es.get<Record<string, any>>({ index: pipeline.config.indexAlias, id: ids.get(file.split('/').pop()!)! });
    return doc._source!;
  }

  it('gives the five seeds one storyId, whatever order they are indexed in, and an unrelated report its own', async () => {
    // Two uploads: the first seeds are indexed (and searchable) before the others arrive.
    await upload([SEEDS[2], SEEDS[4]]);
    await upload([...SEEDS.filter((s) => s !== SEEDS[2] && s !== SEEDS[4]), QUAKE]);
    await pipeline.es.indices.refresh({ index: pipeline.config.indexAlias });
    const storyIds = await Promise.all(SEEDS.map(async (s) => (await stored(s)).storyId));
    expect(new Set(storyIds).size).toBe(1);
    const quake = await stored(QUAKE);
    expect(quake.storyId).toBe(quake.id);
    expect(storyIds[0]).not.toBe(quake.storyId);
    for (const s of SEEDS) expect((await stored(s)).duplicateOf).toBeNull();

    // The story as a search filter and a facet: the five outlets, nothing else.
    const story = await request(pipeline.http).get('/search').query({ storyId: storyIds[0] });
    expect(story.status).toBe(200);
    expect(story.body.total).toBe(SEEDS.length);
    expect(story.body.hits.every((h: { storyId: string }) => h.storyId === storyIds[0])).toBe(true);
    const all = await request(pipeline.http).get('/search');
    expect(all.body.facets.storyId[0]).toEqual({ value: storyIds[0], count: SEEDS.length });
  });

  it('marks an agency copy as a duplicate of the original and puts it in the original story', async () => {
    await upload([RATES]);
    await upload([RATES_AGENCY_COPY]);
    const original = await stored(RATES);
    const copy = await stored(RATES_AGENCY_COPY);
    expect(copy.duplicateOf).toBe(original.id);
    expect(copy.storyId).toBe(original.storyId);
    expect(original.storyId).not.toBe((await stored(SEEDS[0])).storyId);
  });
});
