/**
 * PDF pages per second through libs/formats (pdftotext subprocess + layout rules), on the
 * seed PDFs of test/fixtures/formats. Documents are read one at a time, so while node waits
 * for pdftotext only one core works: the figure is per core. Part of `npm run bench:fetch`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPdf } from '../../libs/formats/src';

const DIR = join(__dirname, '..', '..', 'test', 'fixtures', 'formats');

export async function benchPdf(seconds: number): Promise<number> {
  const pdfs = readdirSync(DIR).filter((f) => f.endsWith('.pdf') && !f.startsWith('scanned')).map((f) => ({ f, bytes: readFileSync(join(DIR, f)) }));
  for (const p of pdfs) await readPdf(p.bytes, p.f); // warm-up
  let pages = 0;
  let docs = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < seconds * 1000) {
    const p = pdfs[docs % pdfs.length];
    pages += (await readPdf(p.bytes, p.f)).pages;
    docs++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  const perSec = (pages / elapsed) * 1000;
  console.log(`${'readPdf (pdftotext + layout), one at a time'.padEnd(44)} ${perSec.toFixed(1).padStart(6)} pages/s per core  (${pages} pages of ${docs} PDFs in ${(elapsed / 1000).toFixed(2)} s)`);
  return perSec;
}

if (require.main === module) void benchPdf(Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 3);
