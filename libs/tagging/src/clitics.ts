/**
 * Proclitics attached to Arabic words (conjunctions و ف, prepositions ب ل ك, the
 * article ال and its contraction لل), on normalised words.
 */

const CONJ = 'وف';
const PREP = 'بلك';

/** One way of reading a word as proclitics + rest. `cut` counts letters removed. */
export interface CliticSplit {
  /** The rest, as a normalised word; لل contractions get their ال back ("للعراق" -> "العراق"). */
  rest: string;
  /** Number of letters of the surface word that are proclitics. */
  cut: number;
}

/**
 * All readings of a normalised word, the whole word first.  "والعراق" ->
 * [والعراق/0, العراق/1]; "للعراق" -> [للعراق/0, لعراق/1, العراق/2].
 * A rest keeps at least 2 letters.
 */
export function cliticSplits(word: string): CliticSplit[] {
  let out = splitCache.get(word);
  if (out) return out;
  out = computeSplits(word);
  if (splitCache.size >= 100_000) splitCache.clear();
  splitCache.set(word, out);
  return out;
}

// Gazetteer matching asks for every token's readings; words repeat a lot.
const splitCache = new Map<string, CliticSplit[]>();

function computeSplits(word: string): CliticSplit[] {
  const out: CliticSplit[] = [{ rest: word, cut: 0 }];
  let k = 0;
  if (CONJ.includes(word[0]) && word.length - 1 >= 2) {
    k = 1;
    out.push({ rest: word.slice(1), cut: 1 });
  }
  if (PREP.includes(word[k]) && word.length - k - 1 >= 2) {
    out.push({ rest: word.slice(k + 1), cut: k + 1 });
    // لل = ل + ال with the alef dropped: "للأمم" -> "الأمم".
    if (word[k] === 'ل' && word[k + 1] === 'ل' && word.length - k - 2 >= 2) {
      out.push({ rest: 'ا' + word.slice(k + 1), cut: k + 2 });
    }
  }
  return out;
}

/**
 * The words and their forms with one proclitic letter (و ف ب ل): "مارس", "ومارس", "بمارس"...
 * A set lookup per token instead of slicing each token that starts with one of them.
 */
export function withOneProclitic(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) for (const p of ['', 'و', 'ف', 'ب', 'ل']) out.add(p + w);
  return out;
}

/**
 * Light stem for features: proclitics and the article removed, at least 2
 * letters kept.  "وبالعاصمة" -> "عاصمه"; "الأسد" -> "اسد".
 */
export function stemWord(word: string): string {
  let w = word;
  if (w.length > 3 && CONJ.includes(w[0])) w = w.slice(1);
  if (w.length > 3 && PREP.includes(w[0])) {
    if (w[0] === 'ل' && w[1] === 'ل' && w.length > 4) return w.slice(2);
    w = w.slice(1);
  }
  if (w.length > 3 && w.startsWith('ال')) w = w.slice(2);
  return w;
}

/** The proclitic letters stemWord removed, or the whole-word marker. "وبالعاصمة" -> "وبال". */
export function procliticOf(word: string, stem: string): string {
  const i = word.lastIndexOf(stem);
  return i > 0 ? word.slice(0, i) : '';
}

/** UTF-16 index in `raw` after skipping `letters` non-ignorable characters (diacritics are skipped too). */
export function skipLetters(raw: string, letters: number, isIgnorable: (ch: string) => boolean): number {
  let i = 0;
  let n = 0;
  while (i < raw.length && n < letters) {
    if (!isIgnorable(raw[i])) n++;
    i++;
  }
  while (i < raw.length && isIgnorable(raw[i])) i++;
  return i;
}
