/**
 * Documents per second of HTML extraction on realistic news pages (~50 KB: scripts,
 * styles, menus, sidebars and footers around an Arabic article). Single process, so the
 * figure is per core. Target: 1,000/s. The ceiling measured in the same run is
 * htmlparser2's tokenizer alone with no-op callbacks (no extractor can beat it), so the
 * ratio says how much the extraction adds, whatever the machine's load.
 * Then deeply nested pages (50,000 and 150,000 levels): time for one page, which is how
 * long the fetcher's event loop is blocked; linear time means the second is ~3x the first.
 * Run: npm run bench:fetch [-- --seconds 3 --readability]
 */
import { Tokenizer } from 'htmlparser2';
import { toFetchedDocument, extractHtml } from '../../libs/fetching/src';
import { loadPages } from './pages';
import { benchPdf } from '../formats/bench-pdf';

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
  const noop = () => undefined;
  const callbacks = Object.fromEntries(
    ['onattribdata', 'onattribentity', 'onattribend', 'onattribname', 'oncdata', 'onclosetag', 'oncomment', 'ondeclaration', 'onend', 'onopentagend', 'onopentagname', 'onprocessinginstruction', 'onselfclosingtag', 'ontext', 'ontextentity'].map((k) => [k, noop]),
  ) as unknown as ConstructorParameters<typeof Tokenizer>[1];
  const ceiling = rate('ceiling: htmlparser2 tokenizer, no-op callbacks', pages.map((p) => () => {
    const t = new Tokenizer({ decodeEntities: true }, callbacks);
    t.write(p.html);
    t.end();
  }), seconds * 1000);
  const extract = rate('extractHtml (string -> blocks + meta)', html, seconds * 1000);
  rate('toFetchedDocument, UTF-8 bytes', full, seconds * 1000);
  rate('toFetchedDocument, windows-1256 bytes', fullWin, seconds * 1000);
  if (withReadability) {
    const { JSDOM } = await import('jsdom');
    const { Readability } = await import('@mozilla/readability');
    rate('jsdom + @mozilla/readability (comparison)', pages.map((p) => () => new Readability(new JSDOM(p.html).window.document).parse()), seconds * 1000);
  }
  console.log(`extractHtml: ${extract.toFixed(0)} docs/s per core, ${((extract / ceiling) * 100).toFixed(0)}% of the tokenizer ceiling (${ceiling.toFixed(0)}/s); target 1,000/s: ${extract >= 1000 ? 'met' : 'NOT met'}`);
  deepNesting();
  await benchPdf(seconds);
}

/** One page nested `depth` levels deep around an article paragraph, timed once (after a small warm-up). */
function deepNesting(): void {
  const para = '<p>قال المتحدث في بيان صدر اليوم، إن الحكومة ستعلن تفاصيل المشروع خلال الأسبوع المقبل.</p>';
  extractHtml(`<body>${'<div>'.repeat(1000)}${para}</body>`);
  const times: number[] = [];
  for (const depth of [50_000, 150_000]) {
    for (const tag of ['div', 'span']) {
      const page = `<html><body><h1>عنوان</h1>${`<${tag}>`.repeat(depth)}${para}${`</${tag}>`.repeat(depth)}</body></html>`;
      const start = process.hrtime.bigint();
      const out = extractHtml(page);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (tag === 'div') times.push(ms);
      console.log(`nested <${tag}> x ${depth.toLocaleString('en')} (${(page.length / 1e6).toFixed(1)} MB): ${ms.toFixed(0)} ms, ${out.blocks.length} blocks`);
    }
  }
  console.log(`150,000 vs 50,000 levels: ${(times[1] / times[0]).toFixed(1)}x the time (linear ~3x, quadratic ~9x)`);
}

void main();
