/**
 * npm run bench:index [-- --docs N --rounds R]
 *
 * Indexing throughput through the BulkIndexer (one promise per document, as the
 * indexer app uses it) against a raw `_bulk` load of the same prepared documents
 * straight into Elasticsearch, in the same run and against the same cluster.
 * Each run writes into a fresh index from the template; rounds alternate raw /
 * indexer so a noisy neighbour on the shared CPUs hurts both alike.  Prints docs/s
 * per run and the median of the per-round indexer/raw ratios (target: >= 80%).
 */
import type { Client } from '@elastic/elasticsearch';
import { BulkIndexer, IndexManager, indexNames, toIndexDocument, type IndexDocument } from '@app/search';
import { connectEs, loadSeedDocuments, uniqueAlias } from '../../libs/search/test/fixtures';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const DOCS = arg('docs', 1000);
const ROUNDS = arg('rounds', 5);
const BATCH = 500;

/** N documents from the seeds, each with its own id and a distinct first paragraph. */
function prepare(n: number): IndexDocument[] {
  const seeds = loadSeedDocuments();
  return Array.from({ length: n }, (_, i) => {
    const seed = seeds[i % seeds.length];
    const paragraphs = [`نسخة رقم ${i}`, ...seed.paragraphs];
    return toIndexDocument({ ...seed, id: `bench-${i}`, paragraphs, body: paragraphs.join('\n\n') });
  });
}

async function withFreshIndex(client: Client, run: (alias: string) => Promise<void>): Promise<number> {
  const manager = new IndexManager(client, indexNames(uniqueAlias('bench')));
  await manager.ensure();
  try {
    const t0 = process.hrtime.bigint();
    await run(manager.names.alias);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    await client.indices.refresh({ index: manager.names.alias });
    const { count } = await client.count({ index: manager.names.alias });
    if (count !== DOCS) throw new Error(`expected ${DOCS} documents, found ${count}`);
    return DOCS / seconds;
  } finally {
    await manager.deleteAll();
  }
}

async function raw(client: Client, alias: string, docs: IndexDocument[]): Promise<void> {
  for (let i = 0; i < docs.length; i += BATCH) {
    const operations = docs.slice(i, i + BATCH).flatMap((d) => [{ index: { _index: alias, _id: d.id } }, d]);
    const res = await client.bulk({ operations });
    if (res.errors) throw new Error('raw bulk load had item errors');
  }
}

async function viaIndexer(client: Client, alias: string, docs: IndexDocument[]): Promise<void> {
  const indexer = new BulkIndexer(client, { index: alias, maxDocs: BATCH });
  const results = docs.map((d) => indexer.index(d.id, d));
  await indexer.close();
  await Promise.all(results);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const client = await connectEs();
  try {
    const docs = prepare(DOCS);
    const mb = docs.reduce((n, d) => n + Buffer.byteLength(JSON.stringify(d)), 0) / 1e6;
    console.log(`documents: ${DOCS} (${mb.toFixed(1)} MB of JSON), batches of ${BATCH}, ${ROUNDS} rounds`);
    const rates = { raw: [] as number[], indexer: [] as number[] };
    for (let r = 1; r <= ROUNDS; r++) {
      const order = r % 2 ? (['raw', 'indexer'] as const) : (['indexer', 'raw'] as const);
      for (const kind of order) {
        const rate = await withFreshIndex(client, (alias) => (kind === 'raw' ? raw(client, alias, docs) : viaIndexer(client, alias, docs)));
        rates[kind].push(rate);
        console.log(`  round ${r} ${kind.padEnd(7)} ${rate.toFixed(0).padStart(6)} docs/s`);
      }
    }
    // Each round's two runs are adjacent in time, so their ratio cancels most of the
    // load other processes put on the machine; the headline is the median of those.
    const ratio = median(rates.indexer.map((x, i) => x / rates.raw[i]));
    console.log(`median raw _bulk: ${median(rates.raw).toFixed(0)} docs/s`);
    console.log(`median indexer:   ${median(rates.indexer).toFixed(0)} docs/s`);
    console.log(`indexer / raw (median of per-round ratios): ${(100 * ratio).toFixed(0)}% (target >= 80%) ${ratio >= 0.8 ? 'OK' : 'BELOW TARGET'}`);
  } finally {
    await client.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
