/**
 * Entity edges learned from the training text instead of word lists: a word that often stands
 * just outside a name of a type and seldom at its edge ("الرئيس" before a person, "مقدم" after
 * one) is taken off a predicted span of that type.  Counts are per type and side, on the word
 * without proclitics (stem), so "والرئيس" counts as "رئيس".  (Rules on word classes for unseen words,
 * such as a frequent dictionary word with a pronoun suffix after a name, "طلعت زكريا [حلمه]", gained
 * 0.002 on dev but lost 0.002 in 5-fold cross-validation, so they are not used.)
 */
import { isNisbaAdjective, type TokenSpan } from './spans';
import type { WordInfo } from './words';

/** Side + type -> stems that lie outside names on that side ("L:PER" -> {"رئيس", ...}). */
export type BoundaryWords = Map<string, Set<string>>;

const TYPES = ['PER', 'LOC', 'ORG'];
/** Seen outside at least this often... */
const MIN_OUTSIDE = 3;
/** ...and at the name's own edge in under this share of (edge + outside) uses. */
const MAX_EDGE_SHARE = 0.1;

/** Learns the outside words of each side and type from BIO-labelled sentences. */
export function learnBoundaryWords(sentences: Array<{ words: WordInfo[]; tags: string[] }>): BoundaryWords {
  const counts = new Map<string, Map<string, [number, number]>>(); // key -> stem -> [edge, outside]
  const bump = (key: string, stem: string, k: 0 | 1) => {
    let m = counts.get(key);
    if (!m) counts.set(key, (m = new Map()));
    const c = m.get(stem) ?? [0, 0];
    c[k]++;
    m.set(stem, c);
  };
  for (const { words, tags } of sentences) {
    for (let a = 0; a < tags.length; a++) {
      if (tags[a][0] !== 'B') continue;
      const type = tags[a].slice(2);
      if (!TYPES.includes(type)) continue;
      let b = a + 1;
      while (b < tags.length && tags[b] === 'I-' + type) b++;
      const both = (key: string, w: WordInfo, k: 0 | 1) => bump(key, w.stem, k); // by stem: "والرئيس" is "رييس"
      // Edges of names of two words or more: only those can be trimmed.
      if (b - a >= 2) {
        both(`L:${type}`, words[a], 0);
        both(`R:${type}`, words[b - 1], 0);
      }
      if (a > 0 && tags[a - 1] === 'O' && words[a - 1].isWord) both(`L:${type}`, words[a - 1], 1);
      if (b < tags.length && tags[b] === 'O' && words[b].isWord) both(`R:${type}`, words[b], 1);
    }
  }
  const out: BoundaryWords = new Map();
  for (const [key, m] of counts) {
    const set = new Set<string>();
    for (const [stem, [edge, outside]] of m) if (outside >= MIN_OUTSIDE && edge < MAX_EDGE_SHARE * (edge + outside)) set.add(stem);
    out.set(key, set);
  }
  return out;
}

/** "L:PER\tstem" lines, sorted (stored with the model). */
export function serializeBoundaryWords(bw: BoundaryWords): string {
  const lines: string[] = [];
  for (const [key, set] of bw) for (const stem of set) lines.push(`${key}\t${stem}`);
  return lines.sort().join('\n');
}

export function parseBoundaryWords(text: string | undefined): BoundaryWords {
  const out: BoundaryWords = new Map();
  for (const line of (text ?? '').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const key = line.slice(0, tab);
    if (!out.has(key)) out.set(key, new Set());
    out.get(key)!.add(line.slice(tab + 1));
  }
  return out;
}

/** Takes learned outside words off both edges of each span (a span keeps at least one word). */
export function trimToLearnedBoundaries(runs: TokenSpan[], words: WordInfo[], bw: BoundaryWords): TokenSpan[] {
  if (bw.size === 0) return runs;
  for (const run of runs) {
    const left = bw.get(`L:${run.type}`);
    const right = bw.get(`R:${run.type}`);
    const outside = (set: Set<string> | undefined, w: WordInfo) => !!set && w.isWord && set.has(w.stem);
    let start = run.start;
    let end = run.end;
    while (end - start > 1 && outside(left, words[start])) start++;
    while (end - start > 1 && outside(right, words[end - 1])) end--;
    // A trim that leaves only adjectives cut the name's head off ("[القوات] الإيرانية"): keep the span whole.
    if (words.slice(start, end).every((w) => !w.isWord || isNisbaAdjective(w))) continue;
    run.start = start;
    run.end = end;
  }
  return runs;
}
