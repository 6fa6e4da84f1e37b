/**
 * The trained sequence model: feature weights per tag, tag transitions, and
 * Viterbi decoding.  Stored as gzipped JSON with int16-quantised weights.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { gunzipSync } from 'zlib';
import { BOS, EOS, OFFSETS, TAGS, contextFeatures, intrinsicFeatures } from './features';
import type { Vocabulary } from './spans';
import type { WordInfo } from './words';

export const DEFAULT_MODEL_PATH = join(__dirname, '..', 'model', 'ner-model.json.gz');

/** On-disk form, written by scripts/ner/train.ts. */
export interface SerializedModel {
  version: 1;
  tags: string[];
  /** Feature names joined with "\n". */
  features: string;
  /** base64 of an Int16Array (features x tags); weight = value * scale. */
  weights: string;
  scale: number;
  /** (tags + 1) x tags: row `tags.length` is the sentence start. */
  transitions: number[];
  /** "word\tcount" lines: word counts of the training text. */
  vocabulary: string;
  meta?: Record<string, unknown>;
}

const T = TAGS.length;
const MAX_WORD_CACHE = 100_000;

// I-X may only follow B-X or I-X: forbids "O I-PER" and "B-LOC I-PER".
function allowed(prev: number, cur: number): boolean {
  const c = TAGS[cur];
  if (c[0] !== 'I') return true;
  if (prev === T) return false;
  const p = TAGS[prev];
  return p !== 'O' && p.slice(2) === c.slice(2);
}

export class NerModel {
  private readonly wordCache = new Map<string, Float32Array>();

  constructor(
    /** Feature name -> row index into `weights`. */
    private readonly index: Map<string, number>,
    private readonly weights: Float32Array,
    private readonly transitions: Float32Array,
    readonly vocabulary: Vocabulary,
    readonly meta: Record<string, unknown> = {},
  ) {}

  get featureCount(): number {
    return this.index.size;
  }

  private addFeature(name: string, into: Float32Array, at: number): void {
    const row = this.index.get(name);
    if (row === undefined) return;
    const base = row * T;
    for (let t = 0; t < T; t++) into[at + t] += this.weights[base + t];
  }

  /** Summed intrinsic weights of one word at each offset (5 x T), cached per surface form. */
  private wordScores(w: WordInfo): Float32Array {
    let v = this.wordCache.get(w.raw);
    if (v) return v;
    v = new Float32Array(OFFSETS.length * T);
    OFFSETS.forEach((k, o) => {
      for (const f of intrinsicFeatures(w, k, this.vocabulary)) this.addFeature(f, v!, o * T);
    });
    if (this.wordCache.size >= MAX_WORD_CACHE) this.wordCache.clear();
    this.wordCache.set(w.raw, v);
    return v;
  }

  /** Emission scores of a sentence (n x T). */
  emissions(words: WordInfo[], gazTags: string[]): Float32Array {
    const n = words.length;
    const em = new Float32Array(n * T);
    const scores = words.map((w) => this.wordScores(w));
    const bos = this.wordScores(BOS);
    const eos = this.wordScores(EOS);
    for (let i = 0; i < n; i++) {
      const base = i * T;
      OFFSETS.forEach((k, o) => {
        const j = i + k;
        const v = j < 0 ? bos : j >= n ? eos : scores[j];
        for (let t = 0; t < T; t++) em[base + t] += v[o * T + t];
      });
      for (const f of contextFeatures(words, gazTags, i)) this.addFeature(f, em, base);
    }
    return em;
  }

  /** Best BIO label sequence for a sentence. */
  decode(words: WordInfo[], gazTags: string[]): string[] {
    return viterbi(this.emissions(words, gazTags), words.length, this.transitions).map((t) => TAGS[t]);
  }
}

/** Viterbi over emission (n x T) and transition ((T+1) x T) scores with BIO constraints. */
export function viterbi(em: ArrayLike<number>, n: number, trans: ArrayLike<number>): number[] {
  if (n === 0) return [];
  const score = new Float64Array(n * T);
  const back = new Int8Array(n * T);
  for (let t = 0; t < T; t++) score[t] = allowed(T, t) ? em[t] + trans[T * T + t] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < T; c++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!allowed(p, c)) continue;
        const s = score[(i - 1) * T + p] + trans[p * T + c];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + c] = best + em[i * T + c];
      back[i * T + c] = arg;
    }
  }
  let last = 0;
  for (let t = 1; t < T; t++) if (score[(n - 1) * T + t] > score[(n - 1) * T + last]) last = t;
  const path = new Array<number>(n);
  path[n - 1] = last;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]];
  return path;
}

export function modelFromSerialized(s: SerializedModel): NerModel {
  if (s.version !== 1 || s.tags.join() !== TAGS.join()) throw new Error('NER model: unsupported version or tag set');
  const names = s.features.split('\n');
  const buf = Buffer.from(s.weights, 'base64');
  const q = new Int16Array(buf.buffer, buf.byteOffset, buf.byteLength / 2);
  if (q.length !== names.length * T) throw new Error('NER model: weights do not match features');
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i] * s.scale;
  const index = new Map<string, number>();
  names.forEach((n, i) => index.set(n, i));
  const vocabulary: Vocabulary = new Map();
  for (const line of s.vocabulary.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) vocabulary.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return new NerModel(index, weights, Float32Array.from(s.transitions), vocabulary, s.meta);
}

export function loadModel(path = DEFAULT_MODEL_PATH): NerModel {
  return modelFromSerialized(JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as SerializedModel);
}
