/**
 * npm run eval:strip — scores the stripper on seeds/gold (rules in seeds/README.md):
 * per document token F1, line F1, title exact match, author/source/site found;
 * then overall figures.  Prints only; the targets are in issue 3.
 */
import { stripBoilerplate } from '@app/stripping';
import * as invented from '../../libs/stripping/src/fixtures/invented-pages';
import { loadSeeds } from './seed-docs';
import { formatScore, lineF1, scoreDocument, tokenF1 } from './scoring';

const fmt = (x: number) => x.toFixed(3);
const verbose = process.argv.includes('--verbose');

let tokenSum = 0;
let lineSum = 0;
let naiveToken = 0;
let naiveLine = 0;
let titleHave = 0;
let titleExact = 0;
let metaHave = 0;
let metaFound = 0;
const seeds = loadSeeds();
for (const seed of seeds) {
  const article = stripBoilerplate({ blocks: seed.blocks });
  const score = scoreDocument(article, seed.gold);
  const { token: tok, line } = score;
  tokenSum += tok.f1;
  lineSum += line.f1;
  // The README's reference point: keep every line of 80 characters or more.
  const naive = seed.blocks.map((b) => b.text).filter((t) => t.length >= 80);
  naiveToken += tokenF1(naive, seed.gold.body).f1;
  naiveLine += lineF1(naive, seed.gold.body).f1;
  if (score.title.goldHas) titleHave++;
  if (score.title.goldHas && score.title.ok) titleExact++;
  metaHave += score.meta.length;
  metaFound += score.meta.filter((m) => m.ok).length;
  const metaNotes = score.meta.map((m) => m.note);
  console.log(formatScore(seed.name, score) + (metaNotes.length ? `  ${metaNotes.join(', ')}` : ''));
  for (const m of line.missed) console.log(`    missed: ${m.slice(0, 100)}`);
  for (const e of line.extra) console.log(`    extra:  ${e.slice(0, 100)}`);
  if (verbose) {
    console.log(`    meta: ${JSON.stringify({ author: article.author, source: article.source, site: article.site, byline: article.byline, publishedAt: article.publishedAt, language: article.language })}`);
    for (const r of article.removed) console.log(`    removed[${r.index}] ${r.reason}: ${r.text.slice(0, 70)}`);
  }
}
const n = seeds.length;
console.log(`naive baseline (lines >= 80 chars)  tokenF1 ${fmt(naiveToken / n)}  lineF1 ${fmt(naiveLine / n)}`);
console.log(
  `overall (${n} docs)  tokenF1 ${fmt(tokenSum / n)}  lineF1 ${fmt(lineSum / n)}  title exact ${titleExact}/${titleHave}  author/source/site found ${metaFound}/${metaHave}`,
);

// Invented pages in other site styles (libs/stripping/src/fixtures): not gold data, a
// check that the rules are not fitted to the seeds.
let invLine = 0;
let invTitle = 0;
let invCount = 0;
for (const [name, page] of Object.entries(invented)) {
  if (Array.isArray(page)) continue;
  const blocks = 'lines' in page ? page.lines.map((text) => ({ text })) : page.blocks;
  const body = 'lines' in page ? page.body.map((i) => page.lines[i]) : page.body;
  const article = stripBoilerplate({ blocks, meta: 'meta' in page ? page.meta : undefined });
  const line = lineF1(article.paragraphs, body);
  invCount++;
  invLine += line.f1;
  if (article.title === page.title) invTitle++;
  if (verbose || line.f1 < 1 || article.title !== page.title) {
    console.log(`invented ${name}  lineF1 ${fmt(line.f1)}  title ${article.title === page.title ? 'exact' : `MISS (got ${JSON.stringify(article.title)})`}`);
  }
}
console.log(`invented pages (${invCount})  lineF1 ${fmt(invLine / invCount)}  title exact ${invTitle}/${invCount}`);
