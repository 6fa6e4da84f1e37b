/**
 * npm run eval:strip:pages — scores the stripper on test/fixtures/strip-pages: invented pages
 * in the furniture of other Arabic news sites, with hand-written gold in the seeds' format.
 * Same metrics as eval:strip (seeds/README.md): token F1, line F1, title exact match,
 * author/source/site found. A second test set, so rules tuned on the seeds can be checked.
 * Prints only; `--dir PATH` scores another page set; `--quiet` hides the kept/dropped lines of imperfect pages, `--verbose` adds the
 * stripper's removal reasons and metadata for them.
 */
import { join, resolve } from 'path';
import { stripBoilerplate } from '@app/stripping';
import { loadSeeds } from './seed-docs';
import { formatScore, scoreDocument } from './scoring';

const dirFlag = process.argv.indexOf('--dir');
/** `--dir PATH` scores another set of pages in the same layout (NAME.txt + gold/NAME.json). */
const PAGES_DIR = dirFlag > 0 ? resolve(process.argv[dirFlag + 1]) : join(__dirname, '..', '..', 'test', 'fixtures', 'strip-pages');
const fmt = (x: number) => x.toFixed(3);
const quiet = process.argv.includes('--quiet');
const verbose = process.argv.includes('--verbose');
const clip = (s: string) => (s.length > 110 ? `${s.slice(0, 110)}…` : s);

const pages = loadSeeds(PAGES_DIR);
if (pages.length === 0) throw new Error(`no pages in ${PAGES_DIR}`);

let tokenSum = 0;
let lineSum = 0;
let perfect = 0;
let titleHave = 0;
let titleExact = 0;
let titleNullOk = 0;
let titleNullHave = 0;
const meta = { author: [0, 0], source: [0, 0], site: [0, 0] } as Record<'author' | 'source' | 'site', [number, number]>;

for (const page of pages) {
  const article = stripBoilerplate({ blocks: page.blocks });
  const score = scoreDocument(article, page.gold);
  const { line, title } = score;
  tokenSum += score.token.f1;
  lineSum += line.f1;
  if (line.f1 === 1) perfect++;
  if (title.goldHas) {
    titleHave++;
    if (title.ok) titleExact++;
  } else {
    titleNullHave++;
    if (title.ok) titleNullOk++;
  }
  for (const m of score.meta) {
    meta[m.field][1]++;
    if (m.ok) meta[m.field][0]++;
  }
  const metaNotes = score.meta.map((m) => (m.ok ? m.note : `${m.note} want ${JSON.stringify(page.gold.metadata[m.field])}`));
  console.log(formatScore(page.name, score) + (metaNotes.length ? `\n    ${metaNotes.join(', ')}` : ''));
  if (quiet) continue;
  // Gold kind of each wrongly kept line helps to see which furniture slips through.
  const kindOf = new Map(page.gold.boilerplate.map((b) => [b.text.replace(/\s+/g, ''), b.kind]));
  for (const e of line.extra) console.log(`    wrongly kept [${kindOf.get(e.replace(/\s+/g, '')) ?? '?'}]: ${clip(e)}`);
  for (const m of line.missed) console.log(`    wrongly dropped: ${clip(m)}`);
  if (verbose && (line.f1 < 1 || title.note !== 'exact')) {
    console.log(`    meta: ${JSON.stringify({ byline: article.byline, author: article.author, source: article.source, site: article.site, language: article.language })}`);
    for (const r of article.removed) console.log(`    removed[${r.index}] ${r.reason}: ${clip(r.text)}`);
  }
}

const n = pages.length;
const metaLine = (['author', 'source', 'site'] as const).map((f) => `${f} ${meta[f][0]}/${meta[f][1]}`).join('  ');
console.log(
  `overall (${n} pages)  tokenF1 ${fmt(tokenSum / n)}  lineF1 ${fmt(lineSum / n)}  perfect lineF1 ${perfect}/${n}` +
    `  title exact ${titleExact}/${titleHave}  no-title pages ok ${titleNullOk}/${titleNullHave}  ${metaLine}`,
);
