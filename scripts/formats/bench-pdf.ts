/**
 * PDF pages per second through libs/formats (pdftotext subprocess + layout rules), on the
 * seed PDFs of test/fixtures/formats. Documents are read one at a time, so while node waits
 * for pdftotext only one core works: the figure is per core. The ceiling, measured in the
 * same run, is the pdftotext subprocess alone on the same PDFs (no reader can beat it), so the
 * ratio says what the layout rules add whatever the machine's load. Part of `npm run bench:fetch`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPdf } from '../../libs/formats/src';
import { pdfBboxLayout } from '../../libs/formats/src/pdf/pdftotext';

const DIR = join(__dirname, '..', '..', 'test', 'fixtures', 'formats');

export async function benchPdf(seconds: number): Promise<number> {
  const pdfs = readdirSync(DIR).filter((f) => f.endsWith('.pdf') && !f.startsWith('scanned')).map((f) => ({ f, bytes: readFileSync(join(DIR, f)) }));
  const ceiling = await pagesPerSecond('pdftotext -bbox-layout alone (ceiling)', pdfs, seconds, async (p) => (await pdfBboxLayout(p.bytes, p.f)).split('<page ').length - 1);
  const reader = await pagesPerSecond('readPdf (pdftotext + layout), one at a time', pdfs, seconds, async (p) => (await readPdf(p.bytes, p.f)).pages);
  console.log(`readPdf: ${reader.toFixed(1)} pages/s per core, ${((reader / ceiling) * 100).toFixed(0)}% of the pdftotext ceiling (${ceiling.toFixed(1)}/s)`);
  return reader;
}

async function pagesPerSecond(label: string, pdfs: Array<{ f: string; bytes: Buffer }>, seconds: number, read: (p: { f: string; bytes: Buffer }) => Promise<number>): Promise<number> {
  for (const p of pdfs) await read(p); // warm-up
  let pages = 0;
  let docs = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < seconds * 1000) {
    pages += await read(pdfs[docs % pdfs.length]);
    docs++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  const perSec = (pages / elapsed) * 1000;
  console.log(`${label.padEnd(44)} ${perSec.toFixed(1).padStart(6)} pages/s per core  (${pages} pages of ${docs} PDFs in ${(elapsed / 1000).toFixed(2)} s)`);
  return perSec;
}

if (require.main === module) void benchPdf(Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 3);
