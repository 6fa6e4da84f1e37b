/**
 * Is a word an ordinary Arabic word?  Looked up in the ordinary words of hunspell-ar
 * (lexicons/hunspell-ar-words.txt.gz, scripts/ner/dictionary.ts) after taking off proclitics,
 * the article and common suffixes, since the dictionary lists base forms and hunspell's
 * affix rules are not run here (a light strip is enough for a yes/no model feature; a
 * transliterated foreign name such as "ساركوزي" is rarely in it).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { gunzipSync } from 'zlib';
import { cliticSplits } from './clitics';

// Read on first use (with the model), not when the module is imported.
let words: Set<string> | null = null;
const dictionary = (): Set<string> =>
  (words ??= new Set(
    gunzipSync(readFileSync(join(__dirname, '..', 'lexicons', 'hunspell-ar-words.txt.gz')))
      .toString('utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#')),
  ));

// Longest first; "ه" also stands for ta marbuta, which normalisation folds into it.
const SUFFIXES = ['هما', 'كما', 'ات', 'ون', 'ين', 'ان', 'ها', 'هم', 'هن', 'كم', 'نا', 'يه', 'ه', 'ي', 'ك', 'ا'];

function known(stem: string): boolean {
  const WORDS = dictionary();
  if (WORDS.has(stem)) return true;
  for (const s of SUFFIXES) {
    if (stem.length - s.length < 2 || !stem.endsWith(s)) continue;
    const base = stem.slice(0, -s.length);
    // "مدرستها" -> "مدرست" -> "مدرسه" (ta marbuta before a suffix is written ت).
    if (WORDS.has(base) || WORDS.has(base + 'ه') || (base.endsWith('ت') && WORDS.has(base.slice(0, -1) + 'ه'))) return true;
  }
  return false;
}

/** True when the normalised word, or one reading of it without proclitics and article, is a dictionary word. */
export function isDictionaryWord(norm: string): boolean {
  for (const { rest } of cliticSplits(norm)) {
    if (known(rest)) return true;
    if (rest.startsWith('ال') && rest.length >= 4 && known(rest.slice(2))) return true;
  }
  return false;
}

/** Loads the dictionary now (the embedded tagger does at start, so the first document is not slow). */
export const preloadDictionary = (): void => void dictionary();
