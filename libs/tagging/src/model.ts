/**
 * The trained sequence model: feature weights per tag, tag transitions, and
 * Viterbi decoding.  Stored as gzipped JSON with int16-quantised weights.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { gunzipSync } from 'zlib';
import { BOS, EOS, OFFSETS, TAGS, intrinsicFeatures, pairFeatures, trigger, type Lexicon } from './features';
import { parseBoundaryWords, type BoundaryWords } from './boundaries';
import type { Vocabulary } from './spans';
import { SPORTS_STEMS } from './topic';
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
  /** Pair-feature names joined with "\n", and base64 Int16 weights ((tags + 1) x tags each, times `scale`). */
  pairFeatures?: string;
  pairWeights?: string;
  /** "stem\tvalue" lines: entity lexicon of the training text (features.ts Lexicon), if the model uses one. */
  lexicon?: string;
  /** Gazetteer names that were mostly ordinary words in the training text, joined with "\n" (common-names.ts). */
  commonNames?: string;
  /** Words found outside entity edges in the training text (boundaries.ts), "L:PER\tstem" lines. */
  boundaryWords?: string;
  meta?: Record<string, unknown>;
}

// Local copies: imported bindings compile to getters, too slow in the inner loops.
const TAG_NAMES: string[] = [...TAGS];
const OFFS: number[] = [...OFFSETS];
// emissionsInto sums the five offsets in one expression.
if (OFFS.join() !== '-2,-1,0,1,2') throw new Error('NER model: emissionsInto assumes offsets -2..2');
const T = TAG_NAMES.length;
const MAX_WORD_CACHE = 100_000;

// I-X may only follow B-X or I-X: forbids "O I-PER" and "B-LOC I-PER".
function isAllowed(prev: number, cur: number): boolean {
  const c = TAG_NAMES[cur];
  if (c[0] !== 'I') return true;
  if (prev === T) return false;
  const p = TAG_NAMES[prev];
  return p !== 'O' && p.slice(2) === c.slice(2);
}
/** allowed[prev * T + cur] (prev = T: sentence start), shared by decoding and CRF training. */
export const ALLOWED = Uint8Array.from({ length: (T + 1) * T }, (_, k) => (isAllowed(Math.floor(k / T), k % T) ? 1 : 0));
const allowed = (prev: number, cur: number): boolean => ALLOWED[prev * T + cur] === 1;
/** For each tag, the tags (not the start) that may precede it. */
const ALLOWED_PREV: Int8Array[] = Array.from({ length: T }, (_, c) => Int8Array.from([...Array(T).keys()].filter((p) => allowed(p, c))));

/** Gazetteer tag values ('^' = outside the sentence) and trigger classes, as small integers. */
/** Lower case: a name whose entries are all ambiguous (gazetteer-tags.ts). */
const GAZ = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', '^', 'b-PER', 'i-PER', 'b-LOC', 'i-LOC', 'b-ORG', 'i-ORG'];
const G = GAZ.length;
const OUTSIDE = GAZ.indexOf('^');
const GAZ_INDEX: Record<string, number> = Object.fromEntries(GAZ.map((g, i) => [g, i]));
const TRIG = ['-', 'PT', 'OH', 'LH', 'SV', 'OT'];
const TOPICS = ['-', 's'];
const TRIG_INDEX: Record<string, number> = Object.fromEntries(TRIG.map((t, i) => [t, i]));
/** Number of values of a nearest-trigger feature: none, sentence edge, class x distance 1..4. */
const NEAR = 2 + TRIG.length * 4;

interface WordEntry {
  /** Summed intrinsic weights at each offset (5 x T). */
  scores: Float64Array;
  /** Summed pair weights ((T + 1) x T) added to the transitions into this word, or null. */
  pair: Float32Array | null;
  /** Id of the stem among stems used in bigram features, or -1. */
  stemId: number;
  trig: number;
  sports: boolean;
}

/**
 * Context features (see contextFeatures in features.ts) resolved to weight rows
 * through integer tables instead of string keys: tagging a 5 KB document does
 * thousands of these lookups, and building and hashing strings dominated.
 */
class ContextTables {
  readonly g0: Int32Array;
  readonly gPrev: Int32Array;
  readonly gNext: Int32Array;
  readonly gClitic: Int32Array;
  readonly gTrig: Int32Array;
  readonly tl: Int32Array;
  /** Sentence topic rows: 'tp=' per topic, 'tg=' per topic x gazetteer tag (TOPICS x GAZ). */
  readonly tp: Int32Array;
  readonly tg: Int32Array;
  readonly tr: Int32Array;
  readonly stems = new Map<string, number>();
  /** Stem bigram features -> weight row, keyed by bigramKey(kind, first stem id, second stem id). */
  readonly bigrams = new Map<number, number>();

  constructor(index: Map<string, number>) {
    const row = (name: string) => index.get(name) ?? -1;
    this.g0 = Int32Array.from(GAZ, (g) => row('g0=' + g));
    this.gPrev = Int32Array.from(GAZ, (g) => row('g-1=' + g));
    this.gNext = Int32Array.from(GAZ, (g) => row('g+1=' + g));
    this.gClitic = Int32Array.from(GAZ.flatMap((g) => [row('g0p=' + g + '|'), row('g0p=' + g + '|c')]));
    this.gTrig = Int32Array.from(GAZ.flatMap((g) => TRIG.map((t) => row('gt=' + g + '|' + t))));
    const near = (prefix: string) => Int32Array.from([row(prefix + '-'), row(prefix + '^'), ...TRIG.flatMap((t) => [1, 2, 3, 4].map((d) => row(`${prefix}${t}@${d}`)))]);
    this.tl = near('tl=');
    this.tp = Int32Array.from(TOPICS, (t) => row('tp=' + t));
    this.tg = Int32Array.from(TOPICS.flatMap((t) => GAZ.map((g) => row('tg=' + t + '|' + g))));
    this.tr = near('tr=');
    for (const [name, r] of index) {
      const kind = name.slice(0, 3);
      if (kind !== 'bl=' && kind !== 'br=' && kind !== 'bb=') continue;
      const [a, b] = name.slice(3).split('|');
      this.bigrams.set(bigramKey(kind === 'bl=' ? 0 : kind === 'br=' ? 1 : 2, this.stemId(a, true), this.stemId(b, true)), r);
    }
  }

  stemId(stem: string, add = false): number {
    let id = this.stems.get(stem);
    if (id === undefined) {
      if (!add) return -1;
      id = this.stems.size;
      this.stems.set(stem, id);
    }
    return id;
  }
}

// Small-integer keys (V8 Smis) hash fast; stem ids stay below 2^13 in practice, else the key is a double (still correct).
const STEM_SPAN = 8192;
const bigramKey = (kind: number, a: number, b: number): number => (kind * STEM_SPAN + a) * STEM_SPAN + b;

/**
 * Index into the tl/tr tables of the nearest trigger within `span` words (mirrors
 * nearestTrigger); `padded` holds the sentence's entries from index 2, two pads each side.
 */
function nearestIndex(padded: WordEntry[], i: number, dir: -1 | 1, span: number): number {
  const n = padded.length - 4;
  for (let d = 1; d <= span; d++) {
    const j = i + dir * d;
    if (j < 0 || j >= n) return 1;
    const t = padded[j + 2].trig;
    if (t !== 0) return 2 + t * 4 + (d - 1);
  }
  return 0;
}

export class NerModel {
  private readonly wordCache = new Map<string, WordEntry>();
  private readonly tables: ContextTables;
  /** Words outside entity edges, learned with the model (boundaries.ts); empty for older models. */
  boundaryWords: BoundaryWords = new Map();

  constructor(
    /** Feature name -> row index into `weights`. */
    private readonly index: Map<string, number>,
    private readonly weights: Float32Array,
    private readonly transitions: Float32Array,
    readonly vocabulary: Vocabulary,
    readonly meta: Record<string, unknown> = {},
    /** Pair feature name -> row into pairWeights ((T + 1) x T per row). */
    private readonly pairIndex: Map<string, number> = new Map(),
    private readonly pairWeights: Float32Array = new Float32Array(0),
    readonly lexicon?: Lexicon,
    /** Gazetteer names the tagger reads as ambiguous (common-names.ts). */
    readonly commonNames: ReadonlySet<string> = new Set(),
  ) {
    this.tables = new ContextTables(index);
  }

  get featureCount(): number {
    return this.index.size;
  }

  private addFeature(name: string, into: Float64Array, at: number): void {
    const row = this.index.get(name);
    if (row === undefined) return;
    const base = row * T;
    for (let t = 0; t < T; t++) into[at + t] += this.weights[base + t];
  }

  /** Everything about one word that does not depend on its neighbours, cached per surface form. */
  private wordEntry(w: WordInfo): WordEntry {
    let e = this.wordCache.get(w.raw);
    if (e) return e;
    const scores = new Float64Array(OFFS.length * T);
    OFFS.forEach((k, o) => {
      for (const f of intrinsicFeatures(w, k, this.vocabulary, this.lexicon)) this.addFeature(f, scores, o * T);
    });
    let pair: Float32Array | null = null;
    for (const f of pairFeatures(w, this.vocabulary)) {
      const row = this.pairIndex.get(f);
      if (row === undefined) continue;
      pair ??= new Float32Array(PAIR_SIZE);
      for (let k = 0; k < PAIR_SIZE; k++) pair[k] += this.pairWeights[row * PAIR_SIZE + k];
    }
    e = { scores, pair, stemId: this.tables.stemId(w.stem), trig: TRIG_INDEX[trigger(w)], sports: w.isWord && SPORTS_STEMS.has(w.stem) };
    if (this.wordCache.size >= MAX_WORD_CACHE) this.wordCache.clear();
    this.wordCache.set(w.raw, e);
    return e;
  }

  private addRow(row: number | undefined, into: Float64Array, at: number): void {
    if (row === undefined || row < 0) return;
    const base = row * T;
    for (let t = 0; t < T; t++) into[at + t] += this.weights[base + t];
  }

  /** Pair scores added to the transitions into each word of a sentence. */
  pairScores(words: WordInfo[]): Array<Float32Array | null> {
    return words.map((w) => this.wordEntry(w).pair);
  }

  /** Emission scores of a sentence (n x T). */
  emissions(words: WordInfo[], gazTags: string[]): Float64Array {
    return this.emissionsInto(words, gazTags, new Float64Array(words.length * T));
  }

  private readonly contextCache = new Map<number, Float64Array>();

  /** Summed weights of the gazetteer and trigger context features for one combination (see emissionsInto). */
  private contextScores(combo: number): Float64Array {
    let v = this.contextCache.get(combo);
    if (v) return v;
    v = new Float64Array(T);
    let rest = combo;
    const tr = rest % NEAR;
    rest = (rest - tr) / NEAR;
    const tl = rest % NEAR;
    rest = (rest - tl) / NEAR;
    const trig = rest % TRIG.length;
    rest = (rest - trig) / TRIG.length;
    const clitic = rest % 2;
    rest = (rest - clitic) / 2;
    const gNext = rest % G;
    rest = (rest - gNext) / G;
    const gPrev = rest % G;
    const g0 = (rest - gPrev) / G;
    const tb = this.tables;
    for (const row of [tb.g0[g0], tb.gPrev[gPrev], tb.gNext[gNext], tb.gClitic[g0 * 2 + clitic], tb.gTrig[g0 * TRIG.length + trig], tb.tl[tl], tb.tr[tr]]) {
      this.addRow(row, v, 0);
    }
    this.contextCache.set(combo, v);
    return v;
  }

  /** Scratch buffer for decode: sentences are short, one buffer serves them all. */
  private scratch = new Float64Array(128 * T);

  private emissionsInto(words: WordInfo[], gazTags: string[], em: Float64Array): Float64Array {
    const n = words.length;
    // Padded by two on each side (sentence start/end words) so the loops need no bounds checks.
    const padded: WordEntry[] = new Array(n + 4);
    padded[0] = padded[1] = this.wordEntry(BOS);
    padded[n + 2] = padded[n + 3] = this.wordEntry(EOS);
    for (let i = 0; i < n; i++) padded[i + 2] = this.wordEntry(words[i]);
    const gz = new Int8Array(n + 2).fill(OUTSIDE);
    for (let i = 0; i < n; i++) gz[i + 1] = GAZ_INDEX[gazTags[i]] ?? 0;
    const tb = this.tables;
    // Sentence topic (topic.ts sentenceTopic), mirrored through the cached per-word flag.
    let topic = 0;
    for (let i = 0; i < n; i++) if (padded[i + 2].sports) topic = 1;
    const topicRow = tb.tp[topic];
    for (let i = 0; i < n; i++) {
      const base = i * T;
      // Word-intrinsic scores of the five words at offsets -2..2 (OFFSETS), written rather than added: no clearing pass.
      const v0 = padded[i].scores;
      const v1 = padded[i + 1].scores;
      const v2 = padded[i + 2].scores;
      const v3 = padded[i + 3].scores;
      const v4 = padded[i + 4].scores;
      for (let t = 0; t < T; t++) em[base + t] = v0[t] + v1[T + t] + v2[2 * T + t] + v3[3 * T + t] + v4[4 * T + t];
      this.addRow(topicRow, em, base);
      this.addRow(tb.tg[topic * GAZ.length + gz[i + 1]], em, base);
      // The gazetteer/trigger context takes few distinct values: its summed rows are cached per combination.
      const g0 = gz[i + 1];
      const w0 = words[i];
      const combo =
        ((((g0 * G + gz[i]) * G + gz[i + 2]) * 2 + (w0.norm.length > w0.stem.length ? 1 : 0)) * TRIG.length + padded[i + 1].trig) * NEAR * NEAR +
        nearestIndex(padded, i, -1, 4) * NEAR +
        nearestIndex(padded, i, 1, 3);
      const ctx = this.contextScores(combo);
      for (let t = 0; t < T; t++) em[base + t] += ctx[t];
      const s0 = padded[i + 2].stemId;
      const sPrev = padded[i + 1].stemId;
      if (s0 >= 0 && sPrev >= 0) this.addRow(tb.bigrams.get(bigramKey(0, sPrev, s0)), em, base);
      const sNext = padded[i + 3].stemId;
      if (s0 >= 0 && sNext >= 0) this.addRow(tb.bigrams.get(bigramKey(1, s0, sNext)), em, base);
      const sPrev2 = padded[i].stemId;
      if (sPrev2 >= 0 && sPrev >= 0) this.addRow(tb.bigrams.get(bigramKey(2, sPrev2, sPrev)), em, base);
    }
    return em;
  }

  /** Best BIO label sequence for a sentence. */
  decode(words: WordInfo[], gazTags: string[]): string[] {
    if (this.scratch.length < words.length * T) this.scratch = new Float64Array(words.length * T);
    const em = this.emissionsInto(words, gazTags, this.scratch);
    // No pair features in the model (the default): skip the per-word pair lookups.
    return viterbi(em, words.length, this.transitions, this.pairIndex.size ? this.pairScores(words) : undefined).map((t) => TAG_NAMES[t]);
  }
}

let viterbiScore = new Float64Array(256 * T);
let viterbiBack = new Int8Array(256 * T);

/** Size of a pair-weight block: (previous tag or start) x tag. */
export const PAIR_SIZE = (T + 1) * T;
const pairedTrans = new Float64Array(PAIR_SIZE);

/**
 * Viterbi over emission (n x T) and transition ((T+1) x T) scores with BIO
 * constraints; `pairs[i]`, when given, is added to the transitions into word i.
 */
export function viterbi(em: ArrayLike<number>, n: number, trans: ArrayLike<number>, pairs?: ArrayLike<ArrayLike<number> | null>): number[] {
  if (n === 0) return [];
  // Scratch buffers reused across sentences (tagging is single-threaded): fewer short-lived allocations.
  if (viterbiScore.length < n * T) {
    viterbiScore = new Float64Array(n * T * 2);
    viterbiBack = new Int8Array(n * T * 2);
  }
  const score = viterbiScore;
  const back = viterbiBack;
  const pair0 = pairs?.[0];
  for (let t = 0; t < T; t++) score[t] = allowed(T, t) ? em[t] + trans[T * T + t] + (pair0 ? pair0[T * T + t] : 0) : -Infinity;
  for (let i = 1; i < n; i++) {
    // With pair weights, this word's transitions are the shared ones plus its own.
    const pair = pairs?.[i];
    let step: ArrayLike<number> = trans;
    if (pair) {
      for (let k = 0; k < PAIR_SIZE; k++) pairedTrans[k] = trans[k] + pair[k];
      step = pairedTrans;
    }
    const prevBase = (i - 1) * T;
    for (let c = 0; c < T; c++) {
      let best = -Infinity;
      let arg = 0;
      const prevs = ALLOWED_PREV[c];
      for (let k = 0; k < prevs.length; k++) {
        const p = prevs[k];
        const s = score[prevBase + p] + step[p * T + c];
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

/** base64 -> Int16Array (copied: a pooled Buffer may start at an odd byte offset). */
export function decodeInt16(base64: string): Int16Array {
  const buf = Buffer.from(base64, 'base64');
  return new Int16Array(Uint8Array.from(buf).buffer);
}

export function modelFromSerialized(s: SerializedModel): NerModel {
  if (s.version !== 1 || s.tags.join() !== TAG_NAMES.join()) throw new Error('NER model: unsupported version or tag set');
  const names = s.features.split('\n');
  const q = decodeInt16(s.weights);
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
  const pairIndex = new Map<string, number>();
  let pairWeights = new Float32Array(0);
  if (s.pairFeatures && s.pairWeights) {
    s.pairFeatures.split('\n').forEach((n, i) => pairIndex.set(n, i));
    const pq = decodeInt16(s.pairWeights);
    if (pq.length !== pairIndex.size * PAIR_SIZE) throw new Error('NER model: pair weights do not match pair features');
    pairWeights = Float32Array.from(pq, (v) => v * s.scale);
  }
  let lexicon: Lexicon | undefined;
  if (s.lexicon !== undefined) {
    lexicon = new Map();
    for (const line of s.lexicon.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) lexicon.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  const commonNames = new Set(s.commonNames ? s.commonNames.split('\n') : []);
  const model = new NerModel(index, weights, Float32Array.from(s.transitions), vocabulary, s.meta, pairIndex, pairWeights, lexicon, commonNames);
  model.boundaryWords = parseBoundaryWords(s.boundaryWords);
  return model;
}

export function loadModel(path = DEFAULT_MODEL_PATH): NerModel {
  return modelFromSerialized(JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as SerializedModel);
}
