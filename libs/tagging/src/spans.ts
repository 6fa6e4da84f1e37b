/** Turns token labels into entity spans: BIO runs, punctuation trimmed, proclitics cut. */
import { isIgnorableChar } from '@app/arabic';
import { cliticSplits, skipLetters } from './clitics';
import type { Gazetteer, GazetteerMatch, NerType } from './gazetteer';
import type { Token } from './tokenize';
import type { WordInfo } from './words';
import { TRIGGERS } from './triggers';

export interface TokenSpan {
  type: NerType;
  /** Token range [start, end). */
  start: number;
  end: number;
}

const OUTPUT_TYPES = new Set(['PER', 'ORG', 'LOC']);

/** BIO labels -> typed token runs (MISC and stray I- handled; "I-LOC" after "O" starts an entity). */
export function bioRuns(labels: string[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let cur: TokenSpan | null = null;
  labels.forEach((label, i) => {
    const type = label.slice(2);
    if (label === 'O' || (label[0] === 'I' && cur && cur.type !== type) || label[0] === 'B' || !cur) {
      if (cur) out.push(cur);
      cur = label === 'O' ? null : { type: type as NerType, start: i, end: i + 1 };
    } else cur.end = i + 1;
  });
  if (cur) out.push(cur);
  return out.filter((s) => OUTPUT_TYPES.has(s.type));
}

/**
 * Person names the model split in two are one name when nothing separates
 * them: "[محمود صبري] [ابو تريكة]" -> one span; "[طارق السعيد] [وحسن مصطفى]" stays two.
 */
export function joinAdjacentPersons(runs: TokenSpan[], words: WordInfo[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'PER' && run.type === 'PER' && prev.end === run.start && words[run.start].isWord && words[run.start].norm[0] !== 'و') {
      prev.end = run.end;
    } else out.push({ ...run });
  }
  return out;
}

/**
 * A person run that goes on into "و + given name" is two people joined by the conjunction:
 * "[طارق السعيد وحسن مصطفى]" -> "طارق السعيد", "وحسن مصطفى" (a given name that itself starts
 * with و, "وليد", does not split); so is one joined by "و + nisba" ("والتركي").
 */
export function splitPersonsAtConjunction(runs: TokenSpan[], words: WordInfo[], isGivenName: (norm: string) => boolean): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const run of runs) {
    let start = run.start;
    if (run.type === 'PER') {
      for (let k = run.start + 1; k < run.end; k++) {
        const n = words[k].norm;
        if (n[0] === 'و' && n.length >= 4 && !isGivenName(n) && isGivenName(n.slice(1))) {
          out.push({ type: 'PER', start, end: k });
          start = k;
        } else if (n.startsWith('وال') && k + 1 < run.end && k > start && (TRIGGERS.get(n.slice(1)) ?? TRIGGERS.get(words[k].stem)) === 'PT') {
          // "و + title" between two names: "الملك عبدالله والرئيس بشار الأسد" -> two people, the title in neither.
          out.push({ type: 'PER', start, end: k });
          start = k + 1;
        } else if (/^وال.{2,}ي$/.test(n) && k + 1 < run.end && k > start) {
          // "و + nisba" between two names: "بوتين والتركي أردوغان" -> two people, the adjective in neither.
          out.push({ type: 'PER', start, end: k });
          start = k + 1;
        }
      }
    }
    out.push({ ...run, start });
  }
  return out;
}

/**
 * A listed given name just before a person run, left out by the model, is its first name:
 * "وأشرف [عبد الباقي]" -> "وأشرف عبد الباقي" (not when the run itself starts with و: a list of people).
 */
export function extendPersonsWithGivenNames(runs: TokenSpan[], words: WordInfo[], labels: string[], isGivenName: (norm: string) => boolean): TokenSpan[] {
  const given = (w: WordInfo) => w.isWord && (isGivenName(w.norm) || ('وفبل'.includes(w.norm[0]) && isGivenName(w.norm.slice(1))));
  for (const run of runs) {
    if (run.type === 'PER' && run.start > 0 && labels[run.start - 1] === 'O' && given(words[run.start - 1]) && words[run.start].norm[0] !== 'و') run.start--;
  }
  return runs;
}

/**
 * A rare word with the article right after a person's name is nearly always part
 * of it (about 3 in 4 on the ANERcorp dev split for words unseen in training): "فهد جاسم [الفريج]".
 */
export function extendPersonsWithFamilyName(runs: TokenSpan[], words: WordInfo[], labels: string[], vocab: Vocabulary | undefined): TokenSpan[] {
  if (!vocab) return runs;
  for (const run of runs) {
    if (run.type !== 'PER') continue;
    if (run.end >= words.length || labels[run.end] !== 'O') continue;
    const w = words[run.end];
    // Unseen in training (the vocabulary keeps words seen twice or more), not a feminine adjective.
    if (w.isWord && w.norm.startsWith('ال') && w.norm.length >= 5 && !vocab.has(w.norm) && !w.norm.endsWith('يه') && !TRIGGERS.has(w.norm)) run.end++;
  }
  return runs;
}

// Words that end media and company names: "ميدل ايست نيوز", "دفاع برس".
const ORG_TAIL = (w: WordInfo) => TRIGGERS.get(w.norm) === 'OT';
const NISBA = /^ال.{2,}(ي|يه)$/;
/** A definite nisba adjective ("الإيرانية", "القومي"), normalised. */
export const isNisbaAdjective = (w: WordInfo): boolean => NISBA.test(w.norm);
// "خان شيخون", "تل أبيب", "دير الزور", "كفر نبل", "جسر الشغور", "بئر السبع", "رأس العين" (normalised stems).
const TOPONYM_FIRST_WORDS = new Set(['خان', 'تل', 'دير', 'كفر', 'جسر', 'بير', 'راس']);

/**
 * Name-shape fixes on typed runs:
 * - a run ending in a media/company tail word is an organisation, and takes in
 *   the unseen words just before it: "ميدل [ايست نيوز/PER]" -> "ميدل ايست نيوز/ORG";
 * - a run made only of nisba adjectives is no name: "الأمن [القومي الإيراني]", nor is a
 *   place head the model split off the name after it.
 */
export function fixNameShapes(
  runs: TokenSpan[],
  words: WordInfo[],
  labels: string[],
  vocab: Vocabulary | undefined,
  isListed?: (name: WordInfo[]) => boolean,
): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const run of runs) {
    const last = words[run.end - 1];
    if (run.type !== 'LOC' && run.end - run.start > 0 && ORG_TAIL(last) && !ORG_TAIL(words[run.start])) {
      run.type = 'ORG';
      let k = 0;
      while (k < 2 && run.start > 0 && labels[run.start - 1] === 'O') {
        const w = words[run.start - 1];
        if (!w.isWord || vocab?.has(w.norm) || TRIGGERS.has(w.norm)) break;
        run.start--;
        k++;
      }
    }
    const tokens = words.slice(run.start, run.end).filter((w) => w.isWord);
    // Levantine place names open with these words, people's names do not: "[بخان طومان/PER]" is a place.
    if (run.type === 'PER' && tokens.length > 1 && cliticSplits(tokens[0].norm).some((c) => TOPONYM_FIRST_WORDS.has(c.rest))) run.type = 'LOC';
    if (tokens.length > 1 && tokens.every((w) => NISBA.test(w.norm))) continue;
    // A place head split off the name after it is no name: "[ريف] [حلب]" -> "حلب".
    if (tokens.length === 1 && TRIGGERS.get(tokens[0].stem) === 'LH' && run.end < labels.length && labels[run.end][0] === 'B') continue;
    // A generic organisation name takes the nisba adjective after it: "البنك المركزي [المصري]".
    if (
      run.type === 'ORG' &&
      TRIGGERS.get(words[run.start].stem) === 'OH' &&
      run.end < words.length &&
      labels[run.end] === 'O' &&
      NISBA.test(words[run.end].norm) &&
      !(isListed?.(words.slice(run.start, run.end)) ?? false)
    ) {
      run.end++;
    }
    out.push(run);
  }
  return out;
}

/** Counts of normalised words in the training text, to decide whether a first letter is a proclitic. */
export type Vocabulary = Map<string, number>;

/**
 * Letters of proclitic to cut from the first word of an entity.
 * "بسوريا" -> 1 (سوريا is a known name), "والعراق" -> 1, "بوتين" -> 0, "للعراق" -> 2.
 */
export function procliticCut(norm: string, gaz: Gazetteer, vocab: Vocabulary | undefined): number {
  const splits = cliticSplits(norm);
  if (splits.length === 1 || gaz.firstTokens.has(norm)) return 0;
  // A known name after the proclitic: "وواشنطن" -> واشنطن.
  for (let k = splits.length - 1; k > 0; k--) if (gaz.firstTokens.has(splits[k].rest)) return splits[k].cut;
  // Article after the proclitic: "وبالقاهرة" -> القاهرة.
  for (let k = splits.length - 1; k > 0; k--) if (splits[k].rest.startsWith('ال')) return splits[k].cut;
  if (norm.startsWith('ال')) return 0;
  const count = (w: string) => vocab?.get(w) ?? 0;
  let best = 0;
  let bestCount = count(norm);
  for (let k = 1; k < splits.length; k++) {
    const c = count(splits[k].rest);
    if (c > bestCount * 2 && splits[k].rest.length >= 3) {
      best = splits[k].cut;
      bestCount = c;
    }
  }
  if (best > 0 || bestCount > 0) return best;
  // Unknown word: و is nearly always the conjunction ("وكروبي"), ب/ل/ك usually part of the name.
  return norm[0] === 'و' && norm.length >= 5 ? 1 : 0;
}

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]/;
const isArabicWord = (w: WordInfo): boolean => w.isWord && ARABIC_LETTER.test(w.raw);

export interface ResolvedSpan {
  type: NerType;
  start: number;
  end: number;
  /** Normalised key of the name, clitics removed. */
  key: string;
}

/** Character span and matching key of a token run, with punctuation trimmed and proclitics cut. */
export function resolveSpan(
  span: TokenSpan,
  tokens: Token[],
  words: WordInfo[],
  gazMatches: Map<number, GazetteerMatch>,
  gaz: Gazetteer,
  vocab: Vocabulary | undefined,
): ResolvedSpan | null {
  let a = span.start;
  let b = span.end;
  // Punctuation and non-Arabic words at the edges go: the model knows Arabic names only
  // ("Obama met Angela Merkel" gets no entity rather than a wrong one).
  while (a < b && !isArabicWord(words[a])) a++;
  while (b > a && !isArabicWord(words[b - 1])) b--;
  if (a >= b) return null;
  const first = words[a];
  const match = gazMatches.get(a);
  const cut = match && match.end === b ? match.cut : procliticCut(first.norm, gaz, vocab);
  const rest = cliticSplits(first.norm).find((s) => s.cut === cut)?.rest ?? first.norm;
  const offset = skipLetters(first.raw, cut, isIgnorableChar);
  if (offset >= first.raw.length) return null;
  const keyWords = [rest];
  for (let i = a + 1; i < b; i++) if (words[i].isWord) keyWords.push(words[i].norm);
  return { type: span.type, start: tokens[a].start + offset, end: tokens[b - 1].end, key: keyWords.join(' ') };
}
