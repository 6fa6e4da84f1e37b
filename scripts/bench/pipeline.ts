/**
 * npm run bench:pipeline [-- --docs 300]
 *
 * Runs under ts-node, not tsx: Nest needs the decorator metadata esbuild does not emit.
 *
 * End-to-end throughput: uploads distinct seed-based documents to an in-process
 * pipeline (gateway + four stage apps, one Node process, real Redis and
 * Elasticsearch) and prints documents per second from the first upload to the
 * last document indexed, with each stage's mean time from the status timelines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import request from 'supertest';
import { startPipeline } from '../../test/support/pipeline';
import { redisKeys } from '@app/queue';

const BATCH = 25;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { docs: { type: 'string', default: '300' } } });
  const total = Number(values.docs);
  const seedsDir = join(__dirname, '..', '..', 'seeds');
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedsDir, f), 'utf8'));
  // A numbered line makes every document distinct content, hence a distinct id.
  const docs = Array.from({ length: total }, (_, i) => Buffer.from(`${seeds[i % seeds.length]}\nتقرير رقم ${i} من أرشيف الاختبار.\n`));

  const pipeline = await startPipeline({ logLevel: 'error', indexRefresh: 'false' });
  try {
    const started = Date.now();
    const ids: string[] = [];
    for (let i = 0; i < docs.length; i += BATCH) {
      let upload = request(pipeline.http).post('/documents');
      docs.slice(i, i + BATCH).forEach((bytes, k) => (upload = upload.attach('files', bytes, `bench-${i + k}.txt`)));
      const response = await upload;
      ids.push(...response.body.documents.map((d: { id: string }) => d.id));
    }
    const uploaded = Date.now();
    const pending = new Set(ids);
    const stageMs: Record<string, number[]> = { fetch: [], strip: [], tag: [], index: [] };
    const states: Record<string, number> = {};
    while (pending.size > 0) {
      for (const id of [...pending]) {
        const status = await pipeline.redis.hgetall(redisKeys.status(pipeline.config.queuePrefix, id));
        if (!['indexed', 'failed', 'rejected'].includes(status.state)) continue;
        pending.delete(id);
        states[status.state] = (states[status.state] ?? 0) + 1;
        for (const stage of Object.keys(stageMs)) {
          const s = status[`stage:${stage}`] ? JSON.parse(status[`stage:${stage}`]) : null;
          if (s?.startedAt && s?.endedAt) stageMs[stage].push(Date.parse(s.endedAt) - Date.parse(s.startedAt));
        }
      }
      if (pending.size > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const seconds = (Date.now() - started) / 1000;
    const mean = (xs: number[]) => (xs.length ? (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(1) : '-');
    console.log(`documents: ${total} (~${Math.round(docs.reduce((n, d) => n + d.length, 0) / total / 1024)} KB each), outcomes: ${JSON.stringify(states)}`);
    console.log(`upload: ${((uploaded - started) / 1000).toFixed(2)} s; upload to last indexed: ${seconds.toFixed(2)} s`);
    console.log(`end-to-end throughput: ${(total / seconds).toFixed(1)} documents/s (all five apps in one process on this machine)`);
    console.log(`mean ms per stage: fetch ${mean(stageMs.fetch)}, strip ${mean(stageMs.strip)}, tag ${mean(stageMs.tag)}, index ${mean(stageMs.index)} (index includes waiting for its bulk batch)`);
  } finally {
    await pipeline.stop();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
