import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { startPipeline, startWorkers, waitForDocument, type RunningPipeline } from './support/pipeline';

const SEEDS = join(__dirname, '..', 'seeds');
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SEEDS, f), 'utf8'));

describe('stopping the stage apps while documents flow', () => {
  let pipeline: RunningPipeline;
  beforeAll(async () => {
    pipeline = await startPipeline({}, []);
  });
  afterAll(async () => {
    await pipeline?.stop();
  });

  it('lets active jobs finish or leaves them queued, fails none, and a restart indexes them all', async () => {
    let upload = request(pipeline.http).post('/documents');
    for (let i = 0; i < 20; i++) upload = upload.attach('files', Buffer.from(`${seeds[i % seeds.length]}\nنسخة رقم ${i}.\n`), `copy-${i}.txt`);
    const ids: string[] = (await upload).body.documents.map((d: { id: string }) => d.id);
    expect(ids).toHaveLength(20);

    // What SIGTERM does to each app (enableShutdownHooks calls close()), mid-flow.
    const first = await startWorkers(pipeline.config, ['fetcher', 'stripper', 'tagger', 'indexer']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await Promise.all(first.map((context) => context.close()));

    for (const id of ids) {
      const status = (await request(pipeline.http).get(`/documents/${id}`)).body;
      expect({ id, state: status.state }).not.toEqual({ id, state: 'failed' });
      for (const stage of Object.values(status.stages) as { error?: string }[]) expect(stage.error).toBeUndefined();
    }

    const second = await startWorkers(pipeline.config, ['fetcher', 'stripper', 'tagger', 'indexer']);
    try {
      for (const id of ids) expect((await waitForDocument(pipeline.http, id)).state).toBe('indexed');
    } finally {
      await Promise.all(second.map((context) => context.close()));
    }
  });
});
