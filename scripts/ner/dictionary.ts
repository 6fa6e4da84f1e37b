/**
 * npm run train:ner:dictionary — builds libs/tagging/lexicons/hunspell-ar-words.txt.gz, the
 * ordinary Arabic words of Debian's hunspell-ar dictionary (Ayaspell; `apt-get install hunspell-ar`),
 * normalised, one per line.  Entries whose affix flags mark proper names (countries, capitals,
 * peoples, persons: flags 57, 59, 60, 62, 63, 64) are left out: the feature asks "is this an
 * ordinary word?", and a transliterated foreign name rarely is one.  Deterministic.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { normalizeArabic } from '@app/arabic';

const SOURCE = process.env.HUNSPELL_AR ?? '/usr/share/hunspell/ar.dic';
const OUT = join(__dirname, '..', '..', 'libs', 'tagging', 'lexicons', 'hunspell-ar-words.txt.gz');
const PROPER_NAME_FLAGS = new Set(['57', '59', '60', '62', '63', '64']);

const words = new Set<string>();
let properNames = 0;
for (const line of readFileSync(SOURCE, 'utf8').split('\n').slice(1)) {
  // "word/flags<TAB>morphology", "word", or a section banner ("::::", "stopwords.dic", "###...").
  const [entry] = line.split('\t');
  const [word, flags] = entry.split('/');
  if (!word || /[^\u0621-\u064A\u0671]/.test(word)) continue;
  if (flags && PROPER_NAME_FLAGS.has(flags)) {
    properNames++;
    continue;
  }
  words.add(normalizeArabic(word));
}
const sorted = [...words].sort();
const header = '# Ordinary words of hunspell-ar (Ayaspell, (c) 2006-2008 Mohamed Kebdani, GPL 2.0 / LGPL 2.1 / MPL 1.1), normalised; built by scripts/ner/dictionary.ts\n';
writeFileSync(OUT, gzipSync(Buffer.from(header + sorted.join('\n') + '\n'), { level: 9 }));
console.log(`${sorted.length} words (${properNames} proper-name entries left out) -> ${OUT}`);
