/**
 * npm run eval:search — does light stemming raise recall without flooding?
 *
 * Indexes the five seeds (gold title + body) into a throw-away alias on the real
 * Elasticsearch, then queries every gold entity (PER/ORG/LOC) by its first alias,
 * bare and with a proclitic attached (و+, ب+), once normalised-only (`exact`) and
 * once stemmed.  Relevance comes from the gold files, written independently of this
 * code: a document is relevant to an entity when its gold lists that entity (any
 * alias, compared after normalisation).  Prints micro recall / precision per mode.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeArabic } from '@app/arabic';
import { BulkIndexer, IndexManager, SearchService, indexNames, toIndexDocument } from '@app/search';
import { SEEDS_DIR, connectEs, loadSeedDocuments, uniqueAlias } from '../../libs/search/test/fixtures';

interface GoldEntities {
  entities: Record<string, { aliases: string[] }[]>;
}

interface Query {
  q: string;
  relevant: Set<string>;
}

function goldQueries(docIds: string[]): { bare: Query[]; clitic: Query[] } {
  const goldDir = join(SEEDS_DIR, 'gold');
  const files = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
  // Entity key (type + normalised aliases) -> documents whose gold lists it.
  const entities: { type: string; aliases: string[]; docs: Set<string> }[] = [];
  files.forEach((f, i) => {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldEntities;
    for (const type of ['PER', 'ORG', 'LOC']) {
      for (const e of gold.entities[type] ?? []) {
        const norm = e.aliases.map(normalizeArabic);
        const same = entities.find((x) => x.type === type && x.aliases.some((a) => norm.includes(a)));
        if (same) {
          same.docs.add(docIds[i]);
          for (const a of norm) if (!same.aliases.includes(a)) same.aliases.push(a);
        } else {
          entities.push({ type, aliases: norm, docs: new Set([docIds[i]]) });
        }
      }
    }
  });
  const bare = entities.map((e) => ({ q: e.aliases[0], relevant: e.docs }));
  // A reader may type the word as it stands in a sentence: "وسوريا", "بسوريا".
  const clitic = entities.flatMap((e) => [
    { q: `و${e.aliases[0]}`, relevant: e.docs },
    ...(e.type === 'LOC' ? [{ q: `ب${e.aliases[0]}`, relevant: e.docs }] : []),
  ]);
  return { bare, clitic };
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
  hits: number;
}

const VERBOSE = process.argv.includes('--verbose');

async function evaluate(search: SearchService, queries: Query[], exact: boolean): Promise<Score> {
  const s: Score = { tp: 0, fp: 0, fn: 0, hits: 0 };
  for (const { q, relevant } of queries) {
    const res = await search.search({ q, exact, size: 100 });
    const got = new Set(res.hits.map((h) => h.id));
    s.hits += got.size;
    const fp = [...got].filter((id) => !relevant.has(id));
    const fn = [...relevant].filter((id) => !got.has(id));
    s.tp += got.size - fp.length;
    s.fp += fp.length;
    s.fn += fn.length;
    if (VERBOSE && (fp.length || fn.length)) console.log(`  ${exact ? 'normalised' : 'stemmed'} "${q}": extra ${fp.join(',') || '-'}; missed ${fn.join(',') || '-'}`);
  }
  return s;
}

const pct = (n: number, d: number) => (d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

async function main() {
  const client = await connectEs();
  const manager = new IndexManager(client, indexNames(uniqueAlias('eval')));
  try {
    await manager.ensure();
    const docs = loadSeedDocuments();
    const indexer = new BulkIndexer(client, { index: manager.names.alias, refresh: 'wait_for' });
    await Promise.all(docs.map((d) => indexer.index(d.id, toIndexDocument(d))));
    await indexer.close();
    const search = new SearchService(client, manager.names.alias);
    const sets = goldQueries(docs.map((d) => d.id));

    console.log(`seeds indexed: ${docs.length}; gold entities: ${sets.bare.length}; cliticised queries: ${sets.clitic.length}\n`);
    console.log('query set   mode         queries  hits   recall  precision');
    for (const [name, queries] of Object.entries(sets)) {
      for (const exact of [true, false]) {
        const s = await evaluate(search, queries, exact);
        const mode = exact ? 'normalised' : 'stemmed';
        console.log(`${name.padEnd(11)} ${mode.padEnd(12)} ${String(queries.length).padStart(7)} ${String(s.hits).padStart(5)}   ${pct(s.tp, s.tp + s.fn)}   ${pct(s.tp, s.tp + s.fp)}`);
      }
    }

    // The words the issue names, for a concrete look.
    console.log('\nexamples (documents found: normalised / stemmed)');
    for (const q of ['سوريا', 'بسوريا', 'سورية', 'الخلافات', 'خلاف', 'الإيراني', 'إيران', 'الطيران']) {
      const [a, b] = await Promise.all([search.search({ q, exact: true }), search.search({ q })]);
      console.log(`  ${q.padEnd(10)} ${a.total} / ${b.total}`);
    }
  } finally {
    await manager.deleteAll();
    await client.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
