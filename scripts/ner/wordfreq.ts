/**
 * npm run train:ner:wordfreq — builds libs/tagging/lexicons/wordfreq-ar.tsv.gz: general-language
 * frequencies of Arabic words (wordfreq 3.1.1 from PyPI, its "large" Arabic list, Zipf >= 2), normalised,
 * "word<TAB>zipf" with the highest Zipf per normalised form.  Needs Python 3 (scripts/ner/python-env.sh
 * makes the virtualenv).  Deterministic for a given wordfreq version.
 */
import { execFileSync } from 'child_process';
import { writeFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { normalizeArabic } from '@app/arabic';

const MIN_ZIPF = 2;
const OUT = join(__dirname, '..', '..', 'libs', 'tagging', 'lexicons', 'wordfreq-ar.tsv.gz');
const python = execFileSync('bash', [join(__dirname, 'python-env.sh')], { encoding: 'utf8' }).trim();
const raw = execFileSync(python, [join(__dirname, 'wordfreq_ar.py'), String(MIN_ZIPF)], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const best = new Map<string, number>();
for (const line of raw.split('\n')) {
  const [word, zipf] = line.split('\t');
  if (!word || !/^[\u0621-\u064A]+$/.test(word)) continue;
  const norm = normalizeArabic(word);
  best.set(norm, Math.max(best.get(norm) ?? 0, Number(zipf)));
}
const rows = [...best].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([w, z]) => `${w}\t${z.toFixed(1)}`);
const header = '# Arabic word frequencies (Zipf) from wordfreq 3.1.1 (Robyn Speer et al.; data CC BY-SA 4.0), normalised; built by scripts/ner/wordfreq.ts\n';
writeFileSync(OUT, gzipSync(Buffer.from(header + rows.join('\n') + '\n'), { level: 9 }));
console.log(`${rows.length} words -> ${OUT}`);
