/** Reading CoNLL files (`token<TAB>tag`, IOB2) and scoring a tagger on them at entity level. */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import type { TaggingEngine } from '@app/tagging';

export interface ConllSentence {
  tokens: string[];
  tags: string[];
}

/**
 * Training data directory: $NER_TRAIN_DIR, else shared/ner-train beside the repo root (a clone) or
 * two levels up (a git worktree under wt/<name>).
 */
export const TRAIN_DIR =
  process.env.NER_TRAIN_DIR ??
  [join(__dirname, '..', '..', '..', 'shared', 'ner-train'), join(__dirname, '..', '..', '..', '..', 'shared', 'ner-train')].find((d) => existsSync(d)) ??
  join(__dirname, '..', '..', '..', 'shared', 'ner-train');

/** Sentence index range [start, end) of fold k of n contiguous folds over `count` sentences. */
export function foldSlice(count: number, folds: number, k: number): { start: number; end: number } {
  if (!Number.isInteger(k) || k < 0 || k >= folds) throw new Error(`fold ${k} is not in 0..${folds - 1}`);
  const size = Math.ceil(count / folds);
  return { start: k * size, end: Math.min(count, (k + 1) * size) };
}

export function readConll(file: string): ConllSentence[] {
  const path = file.includes('/') ? file : join(TRAIN_DIR, file);
  const out: ConllSentence[] = [];
  let cur: ConllSentence = { tokens: [], tags: [] };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const trimmed = line.replace(/\r$/, '');
    if (!trimmed.trim()) {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], tags: [] };
      continue;
    }
    const tab = trimmed.lastIndexOf('\t');
    if (tab <= 0) throw new Error(`${path}: bad line "${trimmed}"`);
    cur.tokens.push(trimmed.slice(0, tab));
    cur.tags.push(trimmed.slice(tab + 1));
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

/** Entities of a BIO sequence as "TYPE:start:end" (token indices). */
export function bioEntities(tags: string[], types: Set<string>): Set<string> {
  const out = new Set<string>();
  let type = '';
  let start = -1;
  const close = (end: number) => {
    if (start >= 0 && types.has(type)) out.add(`${type}:${start}:${end}`);
    start = -1;
  };
  tags.forEach((tag, i) => {
    if (tag === 'O') close(i);
    else if (tag.startsWith('B-') || tag.slice(2) !== type || start < 0) {
      close(i);
      type = tag.slice(2);
      start = i;
    }
  });
  close(tags.length);
  return out;
}

export interface PrfCounts {
  tp: number;
  fp: number;
  fn: number;
}

export const prf = (c: PrfCounts) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

export const EVAL_TYPES = ['PER', 'LOC', 'ORG'];

/**
 * Entity-level exact-span scores: each sentence's tokens are joined with spaces
 * and tagged; a predicted span covers the tokens it overlaps.
 */
export function evaluateConll(tagger: TaggingEngine, sentences: ConllSentence[]): Record<string, PrfCounts> {
  const types = new Set(EVAL_TYPES);
  const counts: Record<string, PrfCounts> = {};
  for (const t of [...EVAL_TYPES, 'ALL']) counts[t] = { tp: 0, fp: 0, fn: 0 };
  for (const s of sentences) {
    const starts: number[] = [];
    let pos = 0;
    for (const tok of s.tokens) {
      starts.push(pos);
      pos += tok.length + 1;
    }
    const text = s.tokens.join(' ');
    const tokenAt = (offset: number) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const predicted = new Set<string>();
    for (const e of tagger.tag(text)) {
      if (!types.has(e.type)) continue;
      predicted.add(`${e.type}:${tokenAt(e.start)}:${tokenAt(e.end - 1) + 1}`);
    }
    const gold = bioEntities(s.tags, types);
    for (const p of predicted) {
      const t = p.split(':')[0];
      const hit = gold.has(p);
      counts[t][hit ? 'tp' : 'fp']++;
      counts.ALL[hit ? 'tp' : 'fp']++;
    }
    for (const g of gold) {
      if (predicted.has(g)) continue;
      counts[g.split(':')[0]].fn++;
      counts.ALL.fn++;
    }
  }
  return counts;
}

export function formatScores(counts: Record<string, PrfCounts>): string {
  return Object.entries(counts)
    .map(([t, c]) => {
      const s = prf(c);
      return `${t}\tP=${s.p.toFixed(3)}\tR=${s.r.toFixed(3)}\tF1=${s.f1.toFixed(3)}\t(tp=${c.tp} fp=${c.fp} fn=${c.fn})`;
    })
    .join('\n');
}
