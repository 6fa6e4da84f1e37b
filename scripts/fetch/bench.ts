/**
 * Documents per second of HTML extraction on realistic news pages (~50 KB: scripts,
 * styles, menus, sidebars and footers around an Arabic article). Single process, so the
 * figure is per core. Target: 500/s. Run: npm run bench:fetch [-- --seconds 3 --readability]
 */
import { toFetchedDocument, extractHtml } from '../../libs/fetching/src';
import { loadPages } from './pages';

const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf('--seconds') + 1]) || 3;
const withReadability = args.includes('--readability');

function rate(label: string, docs: Array<() => unknown>, budgetMs: number): number {
  for (const d of docs) d(); // warm-up
  let n = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < budgetMs) {
    docs[n % docs.length]();
    n++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  const perSec = (n / elapsed) * 1000;
  console.log(`${label.padEnd(44)} ${perSec.toFixed(0).padStart(6)} docs/s  (${n} docs in ${(elapsed / 1000).toFixed(2)} s)`);
  return perSec;
}

async function main() {
  const pages = loadPages();
  const kb = pages.reduce((s, p) => s + Buffer.byteLength(p.html), 0) / pages.length / 1024;
  console.log(`${pages.length} pages, ${kb.toFixed(1)} KB average, ${seconds} s per measurement, one core`);
  const html = pages.map((p) => () => extractHtml(p.html));
  const bytes = pages.map((p) => Buffer.from(p.html, 'utf8'));
  const full = bytes.map((b, i) => () => toFetchedDocument(b, `page${i}.html`));
  const win = pages.map((p) => require('iconv-lite').encode(p.html.replace('charset="utf-8"', 'charset="windows-1256"'), 'windows-1256') as Buffer);
  const fullWin = win.map((b, i) => () => toFetchedDocument(b, `page${i}.html`));
  const extract = rate('extractHtml (string -> blocks + meta)', html, seconds * 1000);
  rate('toFetchedDocument, UTF-8 bytes', full, seconds * 1000);
  rate('toFetchedDocument, windows-1256 bytes', fullWin, seconds * 1000);
  if (withReadability) {
    const { JSDOM } = await import('jsdom');
    const { Readability } = await import('@mozilla/readability');
    rate('jsdom + @mozilla/readability (comparison)', pages.map((p) => () => new Readability(new JSDOM(p.html).window.document).parse()), seconds * 1000);
  }
  console.log(`extractHtml: ${extract.toFixed(0)} docs/s per core (target 500): ${extract >= 500 ? 'met' : 'NOT met'}`);
}

void main();
