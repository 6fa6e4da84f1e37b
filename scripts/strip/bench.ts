/**
 * npm run bench:strip — documents per second of stripBoilerplate alone, on one core
 * (one Node thread), for ~5 KB documents built from the seeds: each seed's page
 * furniture kept, its body trimmed or topped up with other seeds' paragraphs to 5 KB.
 */
import type { TextBlock } from '@app/contracts';
import { stripBoilerplate } from '@app/stripping';
import { loadSeeds } from './seed-docs';

const TARGET_BYTES = 5 * 1024;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);

const bytes = (blocks: TextBlock[]) => Buffer.byteLength(blocks.map((b) => b.text).join('\n'), 'utf8');

function buildDocs(): TextBlock[][] {
  const seeds = loadSeeds();
  const spare = seeds.flatMap((s) => s.gold.body);
  return seeds.map((seed, n) => {
    const body = new Set(seed.gold.body);
    const blocks = [...seed.blocks];
    // Trim body paragraphs from the end of the body while above the target...
    for (let i = blocks.length - 1; i >= 0 && bytes(blocks) > TARGET_BYTES; i--) {
      if (body.has(blocks[i].text) && blocks.filter((b) => body.has(b.text)).length > 3) blocks.splice(i, 1);
    }
    // ...or insert other seeds' paragraphs after the last body paragraph while below it.
    const lastBody = blocks.map((b) => body.has(b.text)).lastIndexOf(true);
    for (let k = 0; bytes(blocks) < TARGET_BYTES; k++) {
      blocks.splice(lastBody + 1 + k, 0, { text: spare[(n * 7 + k) % spare.length] });
    }
    return blocks;
  });
}

const docs = buildDocs();
const avg = docs.reduce((s, d) => s + bytes(d), 0) / docs.length;
// Warm up the JIT before timing.
for (let i = 0; i < 200; i++) stripBoilerplate({ blocks: docs[i % docs.length] });
let count = 0;
const cpuStart = process.cpuUsage();
const start = process.hrtime.bigint();
const deadline = start + BigInt(SECONDS * 1e9);
let paragraphs = 0;
while (process.hrtime.bigint() < deadline) {
  for (let i = 0; i < 50; i++) paragraphs += stripBoilerplate({ blocks: docs[count++ % docs.length] }).paragraphs.length;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
// Wall-clock throughput, and per CPU-second of this (single-threaded) process: the
// second is the one-core figure when other processes share the machine.
console.log(
  `stripBoilerplate: ${Math.round(count / seconds)} docs/s wall clock, ${Math.round(count / cpuSeconds)} docs per CPU-second on one core ` +
    `(${count} docs of ${(avg / 1024).toFixed(1)} KB avg in ${seconds.toFixed(1)} s; ${paragraphs} paragraphs kept)`,
);
