/**
 * Own block walk (extractHtml) versus @mozilla/readability on the same realistic pages:
 * gold body lines kept (recall), headline kept, furniture blocks let through, speed.
 * What serves the stripper is high recall with the headline and tags; it removes the rest.
 * Run: npx tsx scripts/fetch/compare-readability.ts
 */
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractHtml } from '../../libs/fetching/src';
import { PAGE_STYLES } from './news-page';
import { loadPages, type BenchPage } from './pages';

const squash = (s: string) => s.replace(/\s+/g, '');

interface Score { bodyKept: number; bodyTotal: number; titleKept: number; titles: number; noiseBlocks: number; ms: number }
const empty = (): Score => ({ bodyKept: 0, bodyTotal: 0, titleKept: 0, titles: 0, noiseBlocks: 0, ms: 0 });

function score(page: BenchPage, blocks: string[], s: Score): void {
  const got = new Set(blocks.map(squash));
  const body = new Set(page.body.map(squash));
  s.bodyTotal += page.body.length;
  s.bodyKept += page.body.filter((l) => got.has(squash(l))).length;
  if (page.title) {
    s.titles++;
    if (got.has(squash(page.title))) s.titleKept++;
  }
  s.noiseBlocks += [...got].filter((b) => !body.has(b) && b !== squash(page.title ?? '')).length;
}

const methods: Record<string, (html: string) => string[]> = {
  'own block walk (extractHtml)': (html) => extractHtml(html).blocks.map((b) => b.text),
  'readability (article HTML -> blocks)': (html) => {
    const article = new Readability(new JSDOM(html).window.document).parse();
    return article?.content ? extractHtml(article.content).blocks.map((b) => b.text) : [];
  },
};

const pages = loadPages();
const rows: string[] = [];
for (const [name, run] of Object.entries(methods)) {
  const perStyle: Record<string, Score> = Object.fromEntries(PAGE_STYLES.map((s) => [s, empty()]));
  const all = empty();
  for (const p of pages) {
    const t = process.hrtime.bigint();
    const blocks = run(p.html);
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    for (const s of [perStyle[p.style], all]) {
      score(p, blocks, s);
      s.ms += ms;
    }
  }
  const fmt = (s: Score) => `body ${s.bodyKept}/${s.bodyTotal}, headline ${s.titleKept}/${s.titles}, furniture blocks ${s.noiseBlocks}`;
  rows.push(`${name}: ${fmt(all)}, ${(all.ms / pages.length).toFixed(1)} ms/page`);
  for (const st of PAGE_STYLES) rows.push(`    ${st.padEnd(15)} ${fmt(perStyle[st])}`);
}
console.log(`${pages.length} pages (5 seeds x ${PAGE_STYLES.length} layouts)\n${rows.join('\n')}`);
