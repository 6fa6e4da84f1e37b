/**
 * Features of the sequence model.  Word-intrinsic features depend only on the
 * word at one relative position, so their weights can be summed once per word
 * type and cached; context features (bigrams, gazetteer tags) are per token.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { normalizeArabic } from '@app/arabic';
import { isDictionaryWord } from './dictionary';
import { TRIGGERS } from './triggers';
import { generalZipf } from './word-frequency';
import { sentenceTopic } from './topic';
import type { WordInfo } from './words';

/** Common given names (gazetteers/given-names.txt): unseen full names often start with one. */
const GIVEN_NAMES: Set<string> = new Set(
  readFileSync(join(__dirname, '..', 'gazetteers', 'given-names.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => normalizeArabic(l)),
);

/** True for a listed given name, as written (normalised): "محمد", "جورج". */
export const isGivenName = (norm: string): boolean => GIVEN_NAMES.has(norm);

// Also after one proclitic letter: "ومحمد", "لأحمد" (not "سيزيد": س is not a proclitic).
const givenName = (w: WordInfo): string =>
  GIVEN_NAMES.has(w.norm) || GIVEN_NAMES.has(w.stem) || ('وفبل'.includes(w.norm[0]) && GIVEN_NAMES.has(w.norm.slice(1))) ? 'y' : 'n';

/**
 * Distributional word classes (gazetteers/word-clusters.txt, built by scripts/ner/clusters.ts from
 * the unlabelled training text): stem -> [coarse, fine]; club names after "فريق" share a class.
 */
const CLUSTERS: Map<string, [string, string]> = new Map(
  readFileSync(join(__dirname, '..', 'gazetteers', 'word-clusters.txt'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l): [string, [string, string]] => {
      const [w, c, f] = l.split('\t');
      return [w, [c, f]];
    }),
);
const USE_CLUSTERS = process.env.NER_CLUSTERS !== '0';
const USE_TOPIC = process.env.NER_TOPIC !== '0';
const USE_DICTIONARY = process.env.NER_DICT !== '0';
const USE_WORDFREQ = process.env.NER_WORDFREQ !== '0';

/** Whole Zipf units of the word's general-language frequency (word-frequency.ts): 0 (rare or absent) to 6+. */
const zipfClass = (w: WordInfo): string => (w.isWord ? String(Math.min(6, Math.floor(generalZipf(w.norm)))) : 'p');

/** y: an ordinary dictionary word (dictionary.ts), n: an Arabic word that is not, p: punctuation, o: digits or Latin. */
function dictionaryClass(w: WordInfo): string {
  if (!w.isWord) return 'p';
  if (!/[\u0621-\u064A]/.test(w.norm)) return 'o';
  return isDictionaryWord(w.norm) ? 'y' : 'n';
}
const cluster = (w: WordInfo, k: 0 | 1): string => (w.isWord ? CLUSTERS.get(w.stem)?.[k] ?? '-' : 'p');

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export const OFFSETS = [-2, -1, 0, 1, 2] as const;

export const BOS: WordInfo = { raw: '<s>', norm: '<s>', stem: '<s>', isWord: false };
export const EOS: WordInfo = { raw: '</s>', norm: '</s>', stem: '</s>', isWord: false };

function shape(w: WordInfo): string {
  if (!w.isWord) return 'P' + w.raw;
  if (/^[0-9]+$/.test(w.norm)) return 'D';
  if (/^[a-z]/.test(w.norm)) return 'L';
  return w.norm.length <= 2 ? 'A2' : w.norm.length >= 8 ? 'A8' : 'A';
}

/** Word counts of the training text; rare words are more often names. */
export type Frequencies = Map<string, number>;

/**
 * Entity lexicon of the training text: stem -> how it was mostly labelled there
 * ("PER:a" = person in 80% or more of its uses).  Training builds it from the other
 * folds of the corpus (jackknife), so the model learns how far to trust it on unseen text.
 */
export type Lexicon = Map<string, string>;

/** Lexicon value of a stem from its label counts (entity types and O), or undefined when never an entity. */
export function lexiconValue(counts: Record<string, number>): string | undefined {
  let total = 0;
  let best = '';
  for (const [t, c] of Object.entries(counts)) {
    total += c;
    if (t !== 'O' && (!best || c > counts[best])) best = t;
  }
  if (!best) return undefined;
  const r = counts[best] / total;
  return best + ':' + (r >= 0.8 ? 'a' : r >= 0.5 ? 'b' : r >= 0.2 ? 'c' : 'd');
}

/** Builds a lexicon from (stem, BIO tag) pairs: "وبغداد/B-LOC" counts for بغداد. */
export function buildLexicon(pairs: Iterable<[string, string]>): Lexicon {
  const counts = new Map<string, Record<string, number>>();
  for (const [stem, tag] of pairs) {
    const t = tag === 'O' ? 'O' : tag.slice(2);
    let c = counts.get(stem);
    if (!c) counts.set(stem, (c = {}));
    c[t] = (c[t] ?? 0) + 1;
  }
  const lex: Lexicon = new Map();
  for (const [stem, c] of counts) {
    const v = lexiconValue(c);
    if (v) lex.set(stem, v);
  }
  return lex;
}

const lexicon = (w: WordInfo, lex: Lexicon | undefined): string => (w.isWord ? lex?.get(w.stem) ?? '-' : 'p');

function frequencyBucket(w: WordInfo, freq: Frequencies): string {
  if (!w.isWord) return 'p';
  const c = freq.get(w.norm) ?? 0;
  return c < 2 ? 'r' : c < 5 ? 'l' : c < 20 ? 'm' : c < 100 ? 'h' : 'v';
}

export function trigger(w: WordInfo): string {
  return TRIGGERS.get(w.norm) ?? TRIGGERS.get(w.stem) ?? '-';
}

/** Features of word `w` seen at relative position `offset` from the token being labelled. */
export function intrinsicFeatures(w: WordInfo, offset: number, freq: Frequencies, lex?: Lexicon): string[] {
  const s = w.stem;
  if (offset === 0) {
    const p = w.norm.length > s.length ? w.norm.slice(0, w.norm.length - s.length) : '';
    return [
      'b', 'w=' + w.norm, 's=' + s, 'p=' + p, 'x1=' + s.slice(-1), 'x2=' + s.slice(-2), 'x3=' + s.slice(-3), 'x4=' + s.slice(-4),
      'f2=' + s.slice(0, 2), 'f3=' + s.slice(0, 3), 'f4=' + s.slice(0, 4), 'n3=' + w.norm.slice(0, 3), 'sh=' + shape(w),
      't=' + trigger(w), 'fq=' + frequencyBucket(w, freq), 'fqp=' + frequencyBucket(w, freq) + p, 'gn=' + givenName(w),
      ...(lex ? ['lx=' + lexicon(w, lex)] : []),
      ...(USE_CLUSTERS ? ['c=' + cluster(w, 0), 'cf=' + cluster(w, 1)] : []),
      ...(USE_DICTIONARY ? ['d=' + dictionaryClass(w), 'dq=' + dictionaryClass(w) + frequencyBucket(w, freq) + givenName(w)] : []),
      ...(USE_WORDFREQ ? ['z=' + zipfClass(w), 'zd=' + zipfClass(w) + (USE_DICTIONARY ? dictionaryClass(w) : '') + p] : []),
    ];
  }
  if (offset === -1 || offset === 1) {
    return [
      `w${offset}=` + w.norm, `s${offset}=` + s, `t${offset}=` + trigger(w), `x${offset}=` + s.slice(-2), `sh${offset}=` + shape(w),
      `fq${offset}=` + frequencyBucket(w, freq), `gn${offset}=` + givenName(w),
      ...(USE_CLUSTERS ? [`c${offset}=` + cluster(w, 0), `cf${offset}=` + cluster(w, 1)] : []),
      ...(USE_DICTIONARY ? [`d${offset}=` + dictionaryClass(w)] : []),
      ...(USE_WORDFREQ ? [`z${offset}=` + zipfClass(w)] : []),
    ];
  }
  return [`s${offset}=` + s, `t${offset}=` + trigger(w)];
}

/** Nearest trigger word within `span` tokens in one direction, with its distance: "وزير الخارجية الإسرائيلي سلفان" -> PT@3. */
export function nearestTrigger(words: WordInfo[], i: number, dir: -1 | 1, span: number): string {
  for (let d = 1; d <= span; d++) {
    const j = i + dir * d;
    if (j < 0 || j >= words.length) return '^';
    const t = trigger(words[j]);
    if (t !== '-') return t + '@' + d;
  }
  return '-';
}

export const at = (words: WordInfo[], i: number): WordInfo => (i < 0 ? BOS : i >= words.length ? EOS : words[i]);

/** Features of token i that combine positions: stem bigrams and gazetteer tags around it; `topic` is sentenceTopic(words). */
export function contextFeatures(words: WordInfo[], gazTags: string[], i: number, topic = '-'): string[] {
  const g = (j: number) => (j < 0 || j >= gazTags.length ? '^' : gazTags[j]);
  const w0 = words[i];
  return [
    ...(USE_TOPIC ? ['tp=' + topic, 'tg=' + topic + '|' + g(i)] : []),
    'g0=' + g(i), 'g-1=' + g(i - 1), 'g+1=' + g(i + 1), 'g0p=' + g(i) + '|' + (w0.norm.length > w0.stem.length ? 'c' : ''),
    'bl=' + at(words, i - 1).stem + '|' + w0.stem, 'br=' + w0.stem + '|' + at(words, i + 1).stem,
    'gt=' + g(i) + '|' + trigger(at(words, i - 1)),
    'bb=' + at(words, i - 2).stem + '|' + at(words, i - 1).stem, 'tl=' + nearestTrigger(words, i, -1, 4),
    'tr=' + nearestTrigger(words, i, 1, 3),
  ];
}

/**
 * Features of a word that weigh tag *pairs* (previous tag, this tag) rather than
 * tags: an unseen ال-word after a person's name continues it ("فهد جاسم الفريج"),
 * the same word after O does not start one.
 */
export function pairFeatures(w: WordInfo, freq: Frequencies): string[] {
  const s = w.stem;
  const p = procliticPart(w);
  return ['Pq=' + frequencyBucket(w, freq) + p, 'Ps=' + shape(w), 'Pg=' + givenName(w), 'Pt=' + trigger(w), 'Px=' + s.slice(-2), 'Pp=' + p];
}

const procliticPart = (w: WordInfo): string => (w.norm.length > w.stem.length ? w.norm.slice(0, w.norm.length - w.stem.length) : '');

/** All features of token i (training uses this; tagging uses the cached split). */
export function tokenFeatures(words: WordInfo[], gazTags: string[], i: number, freq: Frequencies, lex?: Lexicon, topic = sentenceTopic(words)): string[] {
  const out: string[] = [];
  for (const k of OFFSETS) out.push(...intrinsicFeatures(at(words, i + k), k, freq, lex));
  out.push(...contextFeatures(words, gazTags, i, topic));
  return out;
}
