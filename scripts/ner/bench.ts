/**
 * npm run bench:tag — documents per second per core on ~5 KB documents, load
 * time, and memory of the loaded model and gazetteers.  One thread = one core.
 */
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { seedText, type SeedGold } from '@app/tagging';
import { EmbeddedTagger } from '../../libs/tagging/src/embedded-tagger';

const DOC_BYTES = 5 * 1024;
const goldDir = join(__dirname, '..', '..', 'seeds', 'gold');

/** ~5 KB (UTF-8) slices of the seed articles, cut at word boundaries. */
function documents(): string[] {
  const texts = readdirSync(goldDir).filter((f) => f.endsWith('.json')).map((f) => seedText(JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as SeedGold));
  const words = texts.join('\n\n').split(' ');
  const docs: string[] = [];
  for (let rotation = 0; docs.length < 50; rotation += 37) {
    let doc = '';
    for (let i = 0; Buffer.byteLength(doc) < DOC_BYTES; i++) doc += (doc ? ' ' : '') + words[(rotation + i) % words.length];
    docs.push(doc);
  }
  return docs;
}

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
global.gc?.();
const before = process.memoryUsage();
const t0 = process.hrtime.bigint();
const tagger = new EmbeddedTagger();
const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
global.gc?.();
const after = process.memoryUsage();

const docs = documents();
for (const d of docs.slice(0, 5)) tagger.tag(d); // warm-up (JIT)
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
let n = 0;
let entities = 0;
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
let elapsed = 0;
while (elapsed < seconds) {
  entities += tagger.tag(docs[n % docs.length]).length;
  n++;
  elapsed = Number(process.hrtime.bigint() - start) / 1e9;
}
const cpu = process.cpuUsage(cpuStart);
// CPU seconds of this (single-threaded) process: on a shared machine wall time also counts other processes' turns.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const avgBytes = docs.reduce((s, d) => s + Buffer.byteLength(d), 0) / docs.length;
// The one in-process engine (TAGGER_ENGINE=embedded, the default); TAGGER_ENGINE=http calls a remote one, not measured here.
console.log(`engine: embedded (learner: ${String(tagger.model?.meta.learner ?? "none, gazetteers only")}, ${tagger.model?.featureCount ?? 0} features)`);
console.log(`load: ${loadMs.toFixed(0)} ms`);
console.log(`memory of loaded model+gazetteers: heapUsed +${mb(after.heapUsed - before.heapUsed)} MB, rss +${mb(after.rss - before.rss)} MB (rss total ${mb(after.rss)} MB)${global.gc ? '' : ' [run with --expose-gc for exact heap figures]'}`);
console.log(`throughput: ${(n / cpuSeconds).toFixed(0)} docs per CPU-second (one core), ${(n / elapsed).toFixed(0)} docs/s wall (${n} docs of ~${(avgBytes / 1024).toFixed(1)} KB, ${(entities / n).toFixed(1)} entities/doc)`);
