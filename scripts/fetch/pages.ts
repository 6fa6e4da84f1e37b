import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildNewsPage, PAGE_STYLES, type PageStyle } from './news-page';

export interface BenchPage {
  seed: string;
  style: PageStyle;
  html: string;
  title: string | null;
  body: string[];
}

/** One page per seed and layout style, the seed's gold article wrapped in site furniture. */
export function loadPages(): BenchPage[] {
  const root = path.resolve(__dirname, '../..');
  const goldDir = path.join(root, 'seeds/gold');
  const pages: BenchPage[] = [];
  for (const f of fs.readdirSync(goldDir).filter((x) => x.endsWith('.json')).sort()) {
    const gold = JSON.parse(fs.readFileSync(path.join(goldDir, f), 'utf8')) as { title: string | null; body: string[] };
    PAGE_STYLES.forEach((style, i) => {
      pages.push({ seed: f.replace(/\.json$/, ''), style, title: gold.title, body: gold.body, html: buildNewsPage({ title: gold.title, paragraphs: gold.body }, style, { seed: i }) });
    });
  }
  return pages;
}
