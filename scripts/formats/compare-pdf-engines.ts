/**
 * Poppler (pdftotext, what libs/formats uses) against pdf.js on the seed PDFs: token F1
 * of the body against the gold, gold words missing, words reversed (visual order), and
 * time per page. pdf.js is not a dependency; to run this:
 *   npm install --no-save pdfjs-dist@5.6.205 && npx tsx scripts/formats/compare-pdf-engines.ts
 * (or PDFJS_DIST=/path/to/pdfjs-dist/legacy/build/pdf.mjs).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldPresentationForms } from '../../libs/arabic/src';
import { readPdf } from '../../libs/formats/src';
import { scoreBody, seedGold } from '../../test/support/body-score';

const DIR = join(__dirname, '..', '..', 'test', 'fixtures', 'formats');
const manifest: Record<string, { seed?: string; title?: string; producer: string }> = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));

type Engine = (pdf: Buffer, name: string) => Promise<{ text: string; pages: number }>;

async function pdfjsEngine(): Promise<Engine | null> {
  try {
    const pdfjs = await import(process.env.PDFJS_DIST ?? 'pdfjs-dist/legacy/build/pdf.mjs');
    return async (pdf) => {
      const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
      let text = '';
      for (let p = 1; p <= doc.numPages; p++) {
        const content = await (await doc.getPage(p)).getTextContent();
        for (const item of content.items as Array<{ str: string; hasEOL: boolean }>) text += item.str + (item.hasEOL ? '\n' : '');
        text += '\n';
      }
      return { text, pages: doc.numPages };
    };
  } catch {
    return null;
  }
}

const engines: Record<string, Engine> = {
  'libs/formats (pdftotext -bbox-layout + rules)': async (pdf, name) => {
    const doc = await readPdf(pdf, name);
    return { text: doc.blocks.map((b) => b.text).join('\n'), pages: doc.pages };
  },
  'pdftotext, plain output': async (pdf) => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' });
    return { text, pages: text.split('\f').length - 1 };
  },
};

async function main() {
  const pdfjs = await pdfjsEngine();
  if (pdfjs) engines['pdf.js getTextContent (items, hasEOL)'] = pdfjs;
  else console.log('pdf.js not installed: npm install --no-save pdfjs-dist@5.6.205 to compare it too');
  const files = Object.keys(manifest).filter((f) => f.endsWith('.pdf') && manifest[f].seed);
  for (const [label, engine] of Object.entries(engines)) {
    console.log(`\n${label}`);
    for (const f of files) {
      const pdf = readFileSync(join(DIR, f));
      await engine(pdf, f); // warm-up
      const runs = 5;
      const start = process.hrtime.bigint();
      let out = { text: '', pages: 0 };
      for (let i = 0; i < runs; i++) out = await engine(pdf, f);
      const msPerPage = Number(process.hrtime.bigint() - start) / 1e6 / runs / Math.max(out.pages, 1);
      // Folded for every engine alike: the comparison is about order, spaces and lines.
      const gold = seedGold(manifest[f].seed!);
      const body = foldPresentationForms(out.text).split('\n').filter((l) => l.trim() !== manifest[f].title && !/نشرة المكتب الإعلامي/.test(l)).join('\n');
      const s = scoreBody(body, gold.body);
      console.log(`  ${f.padEnd(30)} F1 ${s.f1.toFixed(3)}  missing ${String(s.missing.length).padStart(3)}  reversed ${String(s.reversed.length).padStart(3)}  ${msPerPage.toFixed(1)} ms/page  e.g. missing: ${s.missing.slice(0, 3).join(' ')}`);
    }
  }
}

void main();
