/**
 * npm run eval:html: the project (fetch + strip, as the pipeline runs them), trafilatura and
 * Mozilla Readability on the project's own HTML page set (scripts/fetch/cms-pages.ts: the
 * strip-pages-3 gold articles in six CMS layouts; scripts/fetch/pages.ts: the seeds in four
 * layouts), scored with the metrics of seeds/README.md: pages lost (no body at all), macro
 * line F1, macro token F1, titles exact. trafilatura is a dev-only comparison, installed by
 * this script from PyPI into .data/eval-venv (gitignored). `--verbose` lists the project's
 * wrong lines per page; `--no-trafilatura` skips it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractHtml, toFetchedDocument } from '../../libs/fetching/src';
import { stripBoilerplate } from '../../libs/stripping/src';
import { lineF1, scoreTitle, tokenF1 } from '../strip/scoring';
import { loadCmsPages, type HtmlPage } from './cms-pages';
import { loadPages } from './pages';

const TRAFILATURA_VERSION = '2.0.0';
const root = path.resolve(__dirname, '../..');
const venv = path.join(root, '.data/eval-venv');
const verbose = process.argv.includes('--verbose');
const withTrafilatura = !process.argv.includes('--no-trafilatura');

interface Output { title: string | null; paragraphs: string[]; extraction?: string }

function project(page: HtmlPage): Output {
  const fetched = toFetchedDocument(Buffer.from(page.html, 'utf8'), `${page.name}.html`);
  const article = stripBoilerplate({ blocks: fetched.blocks, meta: fetched.meta });
  return { title: article.title, paragraphs: article.paragraphs, extraction: fetched.extraction };
}

const quiet = new VirtualConsole();
function readability(page: HtmlPage): Output {
  const article = new Readability(new JSDOM(page.html, { virtualConsole: quiet }).window.document).parse();
  // Its content HTML read into paragraphs by block elements, as a reader would see them.
  return { title: article?.title ?? null, paragraphs: article?.content ? extractHtml(article.content).blocks.map((b) => b.text) : [] };
}

function trafilatura(pages: HtmlPage[]): Map<string, Output> {
  const python = path.join(venv, 'bin/python');
  if (!existsSync(python)) {
    console.error(`installing trafilatura ${TRAFILATURA_VERSION} into ${path.relative(root, venv)} (once)...`);
    execFileSync('python3', ['-m', 'venv', venv], { stdio: 'inherit' });
    // lxml 6 moved html.clean out; trafilatura's justext still imports it.
    execFileSync(path.join(venv, 'bin/pip'), ['install', '-q', `trafilatura==${TRAFILATURA_VERSION}`, 'lxml_html_clean==0.4.6'], { stdio: 'inherit' });
  }
  const input = JSON.stringify(pages.map((p) => ({ name: p.name, html: p.html })));
  const raw = execFileSync(python, [path.join(__dirname, 'trafilatura-run.py')], { input, maxBuffer: 1 << 28 }).toString('utf8');
  const out = JSON.parse(raw) as Record<string, { title: string | null; text: string }>;
  return new Map(Object.entries(out).map(([name, r]) => [name, { title: r.title, paragraphs: r.text.split('\n').map((l) => l.trim()).filter(Boolean) }]));
}

interface Totals { lost: number; line: number; token: number; titles: number; titled: number; n: number }
const zero = (): Totals => ({ lost: 0, line: 0, token: 0, titles: 0, titled: 0, n: 0 });

function add(t: Totals, page: HtmlPage, out: Output): { line: ReturnType<typeof lineF1>; title: ReturnType<typeof scoreTitle> } {
  const line = lineF1(out.paragraphs, page.body);
  const title = scoreTitle(out.title, page.title);
  t.n++;
  if (out.paragraphs.length === 0) t.lost++;
  t.line += line.f1;
  t.token += tokenF1(out.paragraphs, page.body).f1;
  if (title.goldHas) {
    t.titled++;
    if (title.ok) t.titles++;
  }
  return { line, title };
}

const pages = [...loadCmsPages(), ...loadPages().map((p) => ({ name: `${p.seed}.${p.style}`, style: `seed-${p.style}`, html: p.html, title: p.title, body: p.body }))];
const systems: Record<string, (p: HtmlPage) => Output> = { project, readability };
if (withTrafilatura) {
  const results = trafilatura(pages);
  systems.trafilatura = (p) => results.get(p.name) ?? { title: null, paragraphs: [] };
}
const names = Object.keys(systems);
const byStyle = new Map<string, Record<string, Totals>>();
const all: Record<string, Totals> = Object.fromEntries(names.map((n) => [n, zero()]));
const paths: Record<string, number> = {};
for (const page of pages) {
  const row = byStyle.get(page.style) ?? Object.fromEntries(names.map((n) => [n, zero()]));
  byStyle.set(page.style, row);
  for (const name of names) {
    const out = systems[name](page);
    add(row[name], page, out);
    const { line, title } = add(all[name], page, out);
    if (name === 'project') {
      paths[out.extraction ?? '?'] = (paths[out.extraction ?? '?'] ?? 0) + 1;
      if (verbose && (line.f1 < 1 || !title.ok)) {
        console.log(`${page.name}: line F1 ${line.f1.toFixed(3)}, title ${title.note}, extraction ${out.extraction}`);
        for (const e of line.extra) console.log(`    kept, not body: ${e.slice(0, 100)}`);
        for (const m of line.missed) console.log(`    missed: ${m.slice(0, 100)}`);
      }
    }
  }
}

const cell = (t: Totals) => `lost ${String(t.lost).padStart(2)}  line ${(t.line / t.n).toFixed(3)}  token ${(t.token / t.n).toFixed(3)}  titles ${t.titles}/${t.titled}`;
console.log(`${pages.length} pages; macro averages over pages (seeds/README.md metrics)\n`);
console.log(`${'layout'.padEnd(20)} ${names.map((n) => n.padEnd(48)).join('')}`);
for (const [style, row] of byStyle) console.log(`${style.padEnd(20)} ${names.map((n) => cell(row[n]).padEnd(48)).join('')}`);
console.log(`${'ALL'.padEnd(20)} ${names.map((n) => cell(all[n]).padEnd(48)).join('')}`);
console.log(`\nproject extraction paths: ${Object.entries(paths).map(([k, v]) => `${k} ${v}`).join(', ')}`);
