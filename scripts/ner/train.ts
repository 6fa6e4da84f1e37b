/**
 * npm run train:ner — trains the averaged structured perceptron on
 * ../shared/ner-train (train.conll + aqmar_wikipedia.conll; $NER_TRAIN_DIR overrides),
 * picks the number of epochs on dev.conll (and prints dev scores of that model), then retrains
 * on train + dev with that epoch count and writes libs/tagging/model/ner-model.json.gz.
 * Single-threaded on purpose (shared machine).
 *
 * Env: NER_HOLDOUT=k with NER_FOLDS=n (default 10) leaves the k-th of n slices of train.conll out (cross-validation),
 * NER_EPOCHS (max epochs, default 40), NER_MIN_COUNT (feature count cut-off, default 2),
 * NER_AQMAR (aug = AQMAR Wikipedia with domain-adapted features, the default; 1 = plain mix; 0 = ANERcorp only),
 * NER_AQMAR_MISC=1 to keep AQMAR's MISC, NER_PAIRS=1 for tag-pair features, NER_DROPOUT (word-identity dropout, default 0.2), NER_WITH_DEV=0 to keep the train-only model, NER_OUT to write elsewhere.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { createEmbeddedTagger } from '@app/tagging';
import { TAGS, buildLexicon, pairFeatures, tokenFeatures, type Lexicon } from '../../libs/tagging/src/features';
import { loadGazetteer } from '../../libs/tagging/src/gazetteer';
import { gazetteerTags } from '../../libs/tagging/src/gazetteer-tags';
import { findCommonNames } from '../../libs/tagging/src/common-names';
import { learnBoundaryWords, serializeBoundaryWords, type BoundaryWords } from '../../libs/tagging/src/boundaries';
import { ALLOWED, NerModel, PAIR_SIZE, decodeInt16, modelFromSerialized, viterbi, type SerializedModel } from '../../libs/tagging/src/model';
import { tokenize } from '../../libs/tagging/src/tokenize';
import { sentenceTopic } from '../../libs/tagging/src/topic';
import { wordInfo, type WordInfo } from '../../libs/tagging/src/words';
import { evaluateConll, foldSlice, formatScores, prf, readConll, type ConllSentence } from './conll';
import { trainCrf } from './crf';
import { seededRandom } from './seeded-random';

const T = TAGS.length;
const TAG_ID = new Map<string, number>(TAGS.map((t, i) => [t, i]));
const MAX_EPOCHS = Number(process.env.NER_EPOCHS ?? 40);
const MIN_COUNT = Number(process.env.NER_MIN_COUNT ?? 2);
const OUT = process.env.NER_OUT ?? join(__dirname, '..', '..', 'libs', 'tagging', 'model', 'ner-model.json.gz');
const log = (msg: string) => process.stderr.write(`[train:ner] ${msg}\n`);

interface Example {
  words: WordInfo[];
  gold: Int8Array;
  /** Feature ids per token: feats.slice(offsets[i], offsets[i+1]). */
  feats: Int32Array;
  offsets: Int32Array;
  /** Per token, how many of its first features are word-identity features (dropped at random in training). */
  identity: Int8Array;
  /** Pair-feature ids per token: pairFeats.slice(pairOffsets[i], pairOffsets[i+1]). */
  pairFeats: Int32Array;
  pairOffsets: Int32Array;
}

const pairIds = new Map<string, number>();
// Tag-pair features (features.ts pairFeatures): off by default, they did not help on dev (0.733 vs 0.741).
const USE_PAIRS = process.env.NER_PAIRS === '1';

const DROPOUT = Number(process.env.NER_DROPOUT ?? 0.2);
// Passive-aggressive (MIRA) step cap; 0 = plain perceptron updates (MIRA scored lower on dev: 0.738-0.744).
const MIRA = Number(process.env.NER_MIRA ?? 0);
const BAGS = Number(process.env.NER_BAGS ?? 1);
// Learner: 'perceptron' (averaged structured perceptron) or 'crf' (L2 linear-chain CRF, L-BFGS).
const LEARNER = process.env.NER_LEARNER ?? 'perceptron';
const CRF_L2 = Number(process.env.NER_CRF_L2 ?? 0.5);
const CRF_MAX_ITER = Number(process.env.NER_CRF_ITER ?? 300);
const CRF_CHECK = 20;
// The committed model is retrained on train + dev once the epoch count is chosen (NER_WITH_DEV=0: train only).
const WITH_DEV = process.env.NER_WITH_DEV !== '0';
// Features naming the word itself; dropping them at random makes the model learn contexts of names it has not seen.
const IDENTITY = /^(w=|s=|bl=|br=)/;

/**
 * Re-tokenises a CoNLL sentence with the tagger's tokenizer so training sees
 * what tagging sees: "«الجزيرة»/B-ORG" -> « O, الجزيرة B-ORG, » O.
 */
function retokenize(s: ConllSentence): { words: WordInfo[]; tags: string[] } {
  const words: WordInfo[] = [];
  const tags: string[] = [];
  s.tokens.forEach((tok, k) => {
    const tag = s.tags[k];
    let first = true;
    for (const sub of tokenize(tok)) {
      const w = wordInfo(sub.text);
      words.push(w);
      if (!w.isWord || tag === 'O') tags.push('O');
      else {
        tags.push(first ? tag : 'I-' + tag.slice(2));
        first = false;
      }
    }
  });
  // An I- after punctuation inside an entity: bridge the gap ("(د ب أ)"), else start the entity.
  for (let i = 0; i < tags.length; i++) {
    if (tags[i][0] !== 'I') continue;
    const type = tags[i].slice(2);
    if (i > 0 && tags[i - 1].slice(2) === type) continue;
    let j = i - 1;
    while (j >= 0 && tags[j] === 'O' && !words[j].isWord) j--;
    if (j >= 0 && j < i - 1 && tags[j].slice(2) === type) for (let k = j + 1; k < i; k++) tags[k] = 'I-' + type;
    else tags[i] = 'B-' + type;
  }
  return { words, tags };
}

const gaz = loadGazetteer();

// Jackknifed entity lexicon feature (features.ts Lexicon): NER_LEXICON=1; off by default, it did not help on dev (0.736-0.751 vs 0.752).
const USE_LEXICON = process.env.NER_LEXICON === '1';
const LEXICON_FOLDS = 10;
const lexiconPairs = (sents: Array<{ words: WordInfo[]; tags: string[] }>): Array<[string, string]> =>
  sents.flatMap((s) => s.words.flatMap((w, i): Array<[string, string]> => (w.isWord ? [[w.stem, s.tags[i]]] : [])));

/**
 * Jackknife: each sentence gets the lexicon of the other folds (contiguous blocks, so a
 * document's names do not vouch for themselves); tagging uses the lexicon of all the data.
 */
function withLexicons<S extends { words: WordInfo[]; tags: string[] }>(sents: S[]): { sents: Array<S & { lex?: Lexicon }>; full?: Lexicon } {
  if (!USE_LEXICON) return { sents };
  const size = Math.ceil(sents.length / LEXICON_FOLDS);
  const out: Array<S & { lex?: Lexicon }> = [];
  for (let f = 0; f < LEXICON_FOLDS; f++) {
    const lex = buildLexicon(lexiconPairs([...sents.slice(0, f * size), ...sents.slice((f + 1) * size)]));
    for (const s of sents.slice(f * size, (f + 1) * size)) out.push({ ...s, lex });
  }
  return { sents: out, full: buildLexicon(lexiconPairs(sents)) };
}
const lexiconText = (lex: Lexicon | undefined): string | undefined => (lex ? [...lex].map(([w, v]) => `${w}\t${v}`).join('\n') : undefined);
const featureIds = new Map<string, number>();
const featureCounts: number[] = [];

function featurize(sentences: Array<{ words: WordInfo[]; tags: string[]; domain?: string; lex?: Lexicon }>, grow: boolean, freq: Map<string, number>): Example[] {
  return sentences.map(({ words, tags, domain, lex }) => {
    const gt = gazetteerTags(gaz.matchAll(words.map((w) => w.norm)), words.length);
    const ids: number[] = [];
    const offsets = new Int32Array(words.length + 1);
    const identity = new Int8Array(words.length);
    const topic = sentenceTopic(words);
    for (let i = 0; i < words.length; i++) {
      const names = tokenFeatures(words, gt, i, freq, lex, topic);
      // Domain adaptation (Daume 2007): every feature also fires with its domain's prefix.
      const copies = (list: string[]) => (domain ? [...list, ...list.map((f) => domain + ':' + f)] : list);
      const ident = copies(names.filter((f) => IDENTITY.test(f)));
      identity[i] = ident.length;
      for (const f of [...ident, ...copies(names.filter((f) => !IDENTITY.test(f)))]) {
        let id = featureIds.get(f);
        if (id === undefined && grow) {
          id = featureCounts.length;
          featureIds.set(f, id);
          featureCounts.push(0);
        }
        if (id !== undefined) {
          if (grow) featureCounts[id]++;
          ids.push(id);
        }
      }
      offsets[i + 1] = ids.length;
    }
    const gold = Int8Array.from(tags, (t) => TAG_ID.get(t) ?? 0);
    const pairs: number[] = [];
    const pairOffsets = new Int32Array(words.length + 1);
    words.forEach((w, i) => {
      for (const f of USE_PAIRS ? pairFeatures(w, freq) : []) {
        let id = pairIds.get(f);
        if (id === undefined && grow) pairIds.set(f, (id = pairIds.size));
        if (id !== undefined) pairs.push(id);
      }
      pairOffsets[i + 1] = pairs.length;
    });
    return { words, gold, feats: Int32Array.from(ids), offsets, identity, pairFeats: Int32Array.from(pairs), pairOffsets };
  });
}

/** Drops features seen fewer than MIN_COUNT times and renumbers the rest. */
function pruneFeatures(examples: Example[]): string[] {
  const remap = new Int32Array(featureCounts.length).fill(-1);
  const names: string[] = [];
  for (const [name, id] of featureIds) {
    if (featureCounts[id] >= MIN_COUNT) {
      remap[id] = names.length;
      names.push(name);
    }
  }
  for (const ex of examples) {
    const kept: number[] = [];
    const offsets = new Int32Array(ex.offsets.length);
    for (let i = 0; i + 1 < ex.offsets.length; i++) {
      let ident = 0;
      for (let k = ex.offsets[i]; k < ex.offsets[i + 1]; k++) {
        if (remap[ex.feats[k]] < 0) continue;
        if (k - ex.offsets[i] < ex.identity[i]) ident++;
        kept.push(remap[ex.feats[k]]);
      }
      ex.identity[i] = ident;
      offsets[i + 1] = kept.length;
    }
    ex.feats = Int32Array.from(kept);
    ex.offsets = offsets;
  }
  return names;
}

function shuffle<T>(items: T[], seed: number): T[] {
  const rand = seededRandom(seed);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

class Perceptron {
  readonly w: Float32Array;
  readonly u: Float64Array;
  readonly tw = new Float64Array((T + 1) * T);
  readonly tu = new Float64Array((T + 1) * T);
  c = 1;

  readonly pw: Float32Array;
  readonly pu: Float64Array;

  constructor(readonly featureCount: number, readonly pairCount: number) {
    this.w = new Float32Array(featureCount * T);
    this.u = new Float64Array(featureCount * T);
    this.pw = new Float32Array(pairCount * PAIR_SIZE);
    this.pu = new Float64Array(pairCount * PAIR_SIZE);
  }

  private pairScores(ex: Example): Float64Array[] {
    const out: Float64Array[] = [];
    for (let i = 0; i < ex.words.length; i++) {
      const v = new Float64Array(PAIR_SIZE);
      for (let k = ex.pairOffsets[i]; k < ex.pairOffsets[i + 1]; k++) {
        const base = ex.pairFeats[k] * PAIR_SIZE;
        for (let j = 0; j < PAIR_SIZE; j++) v[j] += this.pw[base + j];
      }
      out.push(v);
    }
    return out;
  }

  private bumpPair(i: number, prev: number, cur: number, ex: Example, delta: number): void {
    for (let k = ex.pairOffsets[i]; k < ex.pairOffsets[i + 1]; k++) {
      const idx = ex.pairFeats[k] * PAIR_SIZE + prev * T + cur;
      this.pw[idx] += delta;
      this.pu[idx] += this.c * delta;
    }
  }

  /** First feature used per token: skips the identity features of dropped tokens. */
  private from = new Int32Array(0);

  predict(ex: Example): number[] {
    const n = ex.words.length;
    const em = new Float64Array(n * T);
    for (let i = 0; i < n; i++) {
      for (let k = this.from[i]; k < ex.offsets[i + 1]; k++) {
        const base = ex.feats[k] * T;
        for (let t = 0; t < T; t++) em[i * T + t] += this.w[base + t];
      }
    }
    this.lastEm = em;
    return viterbi(em, n, this.tw, this.pairScores(ex));
  }

  private lastEm = new Float64Array(0);

  /** Score of a tag sequence under the current weights (emissions of the last predict + transitions). */
  private sequenceScore(tags: ArrayLike<number>): number {
    let s = 0;
    for (let i = 0; i < tags.length; i++) s += this.lastEm[i * T + tags[i]] + this.tw[(i === 0 ? T : tags[i - 1]) * T + tags[i]];
    return s;
  }

  private bump(i: number, tag: number, ex: Example, delta: number): void {
    for (let k = this.from[i]; k < ex.offsets[i + 1]; k++) {
      const idx = ex.feats[k] * T + tag;
      this.w[idx] += delta;
      this.u[idx] += this.c * delta;
    }
  }

  private bumpTransition(prev: number, cur: number, delta: number): void {
    this.tw[prev * T + cur] += delta;
    this.tu[prev * T + cur] += this.c * delta;
  }

  train(ex: Example, rand: () => number): void {
    this.from = Int32Array.from({ length: ex.words.length }, (_, i) => ex.offsets[i] + (rand() < DROPOUT ? ex.identity[i] : 0));
    const pred = this.predict(ex);
    // Step size: 1 (perceptron) or, with NER_MIRA=C, the passive-aggressive step that makes the
    // gold sequence beat the prediction by its Hamming loss, capped at C (Crammer et al. 2006).
    let step = 1;
    if (MIRA > 0) {
      let loss = 0;
      let normSq = 0;
      for (let i = 0; i < pred.length; i++) {
        if (pred[i] !== ex.gold[i]) {
          loss++;
          normSq += 2 * (ex.offsets[i + 1] - this.from[i]);
        }
        const gp = i === 0 ? T : ex.gold[i - 1];
        const pp = i === 0 ? T : pred[i - 1];
        if (gp !== pp || pred[i] !== ex.gold[i]) normSq += 2;
      }
      if (loss === 0) {
        this.c++;
        return;
      }
      const margin = this.sequenceScore(pred) - this.sequenceScore(ex.gold);
      step = Math.min(MIRA, (margin + loss) / normSq);
    }
    for (let i = 0; i < pred.length; i++) {
      const g = ex.gold[i];
      const p = pred[i];
      if (g !== p) {
        this.bump(i, g, ex, step);
        this.bump(i, p, ex, -step);
      }
      const gp = i === 0 ? T : ex.gold[i - 1];
      const pp = i === 0 ? T : pred[i - 1];
      if (gp !== pp || g !== p) {
        this.bumpTransition(gp, g, step);
        this.bumpTransition(pp, p, -step);
        this.bumpPair(i, gp, g, ex, step);
        this.bumpPair(i, pp, p, ex, -step);
      }
    }
    this.c++;
  }

  /** Averaged weights: w - u / c. */
  averaged(): Averaged {
    const weights = new Float32Array(this.w.length);
    for (let i = 0; i < weights.length; i++) weights[i] = this.w[i] - this.u[i] / this.c;
    const pairWeights = new Float32Array(this.pw.length);
    for (let i = 0; i < pairWeights.length; i++) pairWeights[i] = this.pw[i] - this.pu[i] / this.c;
    const transitions = new Float32Array(this.tw.length);
    for (let i = 0; i < transitions.length; i++) transitions[i] = this.tw[i] - this.tu[i] / this.c;
    return { weights, transitions, pairWeights };
  }
}

interface Averaged {
  weights: Float32Array;
  transitions: Float32Array;
  pairWeights: Float32Array;
}

function vocabularyOf(examples: Array<{ words: WordInfo[] }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ex of examples) for (const w of ex.words) if (w.isWord) counts.set(w.norm, (counts.get(w.norm) ?? 0) + 1);
  for (const [w, c] of counts) if (c < 2) counts.delete(w);
  return counts;
}

/** Quantises and prunes: weights under `minAbs` are dropped, features with no weight left are removed. */
/**
 * Folds domain-adapted weights for tagging news: general weights plus the news
 * copies ("N:" prefix); Wikipedia copies are dropped.
 */
function foldDomains(names: string[], avg: Averaged): { names: string[]; avg: Averaged } {
  if (!names.some((n) => n.startsWith('N:'))) return { names, avg };
  const base = names.map((n, i) => [n, i] as const).filter(([n]) => !n.startsWith('N:') && !n.startsWith('W:'));
  const index = new Map(names.map((n, i) => [n, i]));
  const weights = new Float32Array(base.length * T);
  base.forEach(([n, i], k) => {
    const news = index.get('N:' + n);
    for (let t = 0; t < T; t++) weights[k * T + t] = avg.weights[i * T + t] + (news === undefined ? 0 : avg.weights[news * T + t]);
  });
  return { names: base.map(([n]) => n), avg: { ...avg, weights } };
}

/**
 * Finds the gazetteer names that are mostly ordinary words in a training set (common-names.ts);
 * the gazetteer reads them as ambiguous from then on, and serialize stores them with the model.
 */
function setCommonNames(sentences: Array<{ words: WordInfo[]; tags: string[] }>): void {
  gaz.treatAsAmbiguous(findCommonNames(sentences, gaz));
  log(`${gaz.namesTreatedAsAmbiguous.size} gazetteer names are mostly ordinary words in the training text: read as ambiguous`);
}

/** Entity edges learned from the news text only (AQMAR's Wikipedia conventions differ), stored with the model. */
let boundaryWords: BoundaryWords = new Map();
function setBoundaryWords(sentences: Array<{ words: WordInfo[]; tags: string[]; domain?: string }>): void {
  boundaryWords = learnBoundaryWords(sentences.filter((s) => s.domain !== 'W'));
  log(`${[...boundaryWords.values()].reduce((n, set) => n + set.size, 0)} words learned as lying outside entity edges`);
}

function serialize(allNames: string[], pairNames: string[], domainAvg: Averaged, vocab: Map<string, number>, meta: Record<string, unknown>, minAbs: number, lex?: Lexicon): SerializedModel {
  const { names, avg } = foldDomains(allNames, domainAvg);
  let maxAbs = 0;
  for (const v of avg.weights) maxAbs = Math.max(maxAbs, Math.abs(v));
  for (const v of avg.pairWeights) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs / 32767 || 1;
  const keptNames: string[] = [];
  const q: number[] = [];
  names.forEach((name, f) => {
    const row: number[] = [];
    let any = false;
    for (let t = 0; t < T; t++) {
      const v = avg.weights[f * T + t];
      const qv = Math.abs(v) < minAbs ? 0 : Math.round(v / scale);
      if (qv !== 0) any = true;
      row.push(qv);
    }
    if (any) {
      keptNames.push(name);
      q.push(...row);
    }
  });
  const vocabulary = [...vocab].map(([w, c]) => `${w}\t${c}`).join('\n');
  return {
    version: 1,
    tags: [...TAGS],
    features: keptNames.join('\n'),
    weights: Buffer.from(Int16Array.from(q).buffer).toString('base64'),
    scale,
    transitions: Array.from(avg.transitions, (v) => Math.round(v * 1000) / 1000),
    vocabulary,
    pairFeatures: pairNames.join('\n'),
    pairWeights: Buffer.from(Int16Array.from(avg.pairWeights, (v) => Math.round(v / scale)).buffer).toString('base64'),
    lexicon: lexiconText(lex),
    commonNames: [...gaz.namesTreatedAsAmbiguous].sort().join('\n'),
    boundaryWords: serializeBoundaryWords(boundaryWords),
    meta,
  };
}

/** L2 CRF weights in the perceptron's layout (no pair features). */
function crfTrain(examples: Example[], featureCount: number, maxIterations: number, onCheckpoint?: (iteration: number, avg: Averaged) => boolean): Averaged {
  const beginOf = (tag: number) => TAG_ID.get('B-' + TAGS[tag].slice(2)) ?? 0;
  const { weights, transitions } = trainCrf(examples, featureCount, {
    tagCount: T,
    allowed: ALLOWED,
    l2: CRF_L2,
    maxIterations,
    checkpointEvery: onCheckpoint ? CRF_CHECK : 0,
    onCheckpoint: onCheckpoint && ((iteration, w) => onCheckpoint(iteration, { ...w, pairWeights: new Float32Array(0) })),
    beginOf,
    log,
  });
  return { weights, transitions, pairWeights: new Float32Array(0) };
}

/** The final model on all the data, with the epoch (or CRF iteration) count chosen on dev. */
function trainFinal(examples: Example[], featureCount: number, pairCount: number, epochs: number): Averaged {
  if (LEARNER === 'crf') return crfTrain(examples, featureCount, epochs);
  const q = new Perceptron(featureCount, pairCount);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const rand = seededRandom(1000 + epoch);
    for (const ex of shuffle([...examples], epoch)) q.train(ex, rand);
  }
  return q.averaged();
}

function devScore(model: NerModel, dev: ConllSentence[]) {
  const counts = evaluateConll(createEmbeddedTagger({ model }), dev);
  return { counts, f1: prf(counts.ALL).f1 };
}

function main(): void {
  const started = Date.now();
  // AQMAR (Wikipedia) is out of domain: mixed in plainly it lowered dev F1 (0.73 vs 0.75);
  // with domain-adapted features (NER_AQMAR=aug, the default) it does not (0.752 vs 0.749)
  // and brings its names.  NER_AQMAR=0: ANERcorp only; NER_AQMAR=1: plain mix.
  const aqmar = process.env.NER_AQMAR ?? 'aug';
  const files = ['train.conll', ...(aqmar === '0' ? [] : ['aqmar_wikipedia.conll'])];
  const domains = aqmar === 'aug';
  // Its MISC is much broader than ANERcorp's: read as O ("MISC" kept only for ANERcorp).
  // NER_HOLDOUT=k (0 .. NER_FOLDS-1): leave the k-th contiguous slice of train.conll out of training (cross-validation;
  // scripts/ner/eval-dev.ts scores the model on it); the epoch count is still chosen on dev.
  const holdout = process.env.NER_HOLDOUT;
  const folds = Number(process.env.NER_FOLDS ?? 10);
  const readTrain = (f: string): ConllSentence[] => {
    const all = readConll(f);
    if (f !== 'train.conll' || holdout === undefined) return all;
    const slice = foldSlice(all.length, folds, Number(holdout));
    return [...all.slice(0, slice.start), ...all.slice(slice.end)];
  };
  const trainSentences = files.flatMap((f) =>
    readTrain(f).map((s) =>
      f.startsWith('aqmar')
        ? { ...s, tags: s.tags.map((t) => (t.endsWith('MISC') && process.env.NER_AQMAR_MISC !== '1' ? 'O' : t)), domain: domains ? 'W' : undefined }
        : { ...s, domain: domains ? 'N' : undefined },
    ),
  );
  const dev = readConll('dev.conll');
  if (holdout !== undefined && WITH_DEV) throw new Error('NER_HOLDOUT needs NER_WITH_DEV=0');
  log(`read ${trainSentences.length} training sentences (${files.join(' + ')}), ${dev.length} dev sentences`);
  const { sents: retokenized, full: lexicon } = withLexicons(trainSentences.map((s) => ({ ...retokenize(s), domain: s.domain })));
  const vocab = vocabularyOf(retokenized);
  setCommonNames(retokenized);
  setBoundaryWords(retokenized);
  const examples = featurize(retokenized, true, vocab);
  const names = pruneFeatures(examples);
  log(`${featureCounts.length} features, ${names.length} kept (count >= ${MIN_COUNT}) in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  const pairNames = [...pairIds.keys()];
  let best: { epoch: number; f1: number; model: SerializedModel; avg: Averaged } | null = null;
  if (LEARNER === 'crf') {
    if (USE_PAIRS || BAGS > 1) throw new Error('NER_LEARNER=crf supports neither NER_PAIRS nor NER_BAGS');
    // Checkpoints every CRF_CHECK iterations play the part of epochs: the best on dev is kept.
    crfTrain(examples, names.length, CRF_MAX_ITER, (iteration, avg) => {
      const serialized = serialize(names, pairNames, avg, vocab, {}, 0, lexicon);
      const { f1 } = devScore(modelFromSerialized(serialized), dev);
      log(`iteration ${iteration}: dev F1 ${f1.toFixed(4)} (${((Date.now() - started) / 1000).toFixed(0)}s)`);
      if (!best || f1 > best.f1) best = { epoch: iteration, f1, model: serialized, avg };
      return iteration - best.epoch >= 3 * CRF_CHECK;
    });
  } else {
    const p = new Perceptron(names.length, pairNames.length);
    for (let epoch = 1; epoch <= MAX_EPOCHS; epoch++) {
      const rand = seededRandom(1000 + epoch);
      for (const ex of shuffle([...examples], epoch)) p.train(ex, rand);
      const avg = p.averaged();
      const serialized = serialize(names, pairNames, avg, vocab, {}, 0, lexicon);
      const { f1 } = devScore(modelFromSerialized(serialized), dev);
      log(`epoch ${epoch}: dev F1 ${f1.toFixed(4)} (${((Date.now() - started) / 1000).toFixed(0)}s)`);
      if (!best || f1 > best.f1) best = { epoch, f1, model: serialized, avg };
      else if (epoch - best.epoch >= 3) break;
    }
  }
  if (!best) throw new Error('no epoch trained');
  // Bagging: more perceptrons with other orders and dropout draws, same epoch count, weights averaged.
  if (BAGS > 1) {
    const sum = { weights: Float32Array.from(best.avg.weights), transitions: Float32Array.from(best.avg.transitions), pairWeights: Float32Array.from(best.avg.pairWeights) };
    for (let b = 1; b < BAGS; b++) {
      const q = new Perceptron(names.length, pairNames.length);
      for (let epoch = 1; epoch <= best.epoch; epoch++) {
        const rand = seededRandom(1000 * (b + 1) + epoch);
        for (const ex of shuffle([...examples], 100 * b + epoch)) q.train(ex, rand);
      }
      const avg = q.averaged();
      for (const key of ['weights', 'transitions', 'pairWeights'] as const) for (let i = 0; i < sum[key].length; i++) sum[key][i] += avg[key][i];
      log(`bag ${b + 1}/${BAGS} trained (${((Date.now() - started) / 1000).toFixed(0)}s)`);
    }
    for (const key of ['weights', 'transitions', 'pairWeights'] as const) for (let i = 0; i < sum[key].length; i++) sum[key][i] /= BAGS;
    const bagged = serialize(names, pairNames, sum, vocab, {}, 0, lexicon);
    const { f1 } = devScore(modelFromSerialized(bagged), dev);
    log(`${BAGS} bags: dev F1 ${f1.toFixed(4)} (single model ${best.f1.toFixed(4)})`);
    best = { ...best, f1, model: bagged };
  }
  // Prune tiny weights for a compact file.
  let final = prune(best.model);
  const finalScore = devScore(modelFromSerialized(final), dev);
  console.log(`dev.conll, model trained without dev (${best.epoch} epochs):`);
  console.log(formatScores(finalScore.counts));
  let trainedOn = files;
  if (WITH_DEV) {
    // Same hyper-parameters, dev added: dev is the text just before the held-out part of ANERcorp.
    const { sents: all, full: allLexicon } = withLexicons(
      [...trainSentences, ...dev.map((s) => ({ ...s, domain: domains ? 'N' : undefined }))].map((s) => ({ ...retokenize(s), domain: s.domain })),
    );
    featureIds.clear();
    featureCounts.length = 0;
    pairIds.clear();
    const allVocab = vocabularyOf(all);
    setCommonNames(all);
    setBoundaryWords(all);
    const allExamples = featurize(all, true, allVocab);
    const allNames = pruneFeatures(allExamples);
    const allPairs = [...pairIds.keys()];
    final = prune(serialize(allNames, allPairs, trainFinal(allExamples, allNames.length, allPairs.length, best.epoch), allVocab, {}, 0, allLexicon));
    trainedOn = [...files, 'dev.conll'];
    log(`final model retrained on ${trainedOn.join(' + ')} for ${best.epoch} epochs`);
  }
  final.meta = {
    trainedOn,
    devF1WithoutDev: Number(finalScore.f1.toFixed(4)),
    learner: LEARNER,
    ...(LEARNER === 'crf' ? { crfIterations: best.epoch, crfL2: CRF_L2 } : { epochs: best.epoch }),
    bags: BAGS,
    minCount: MIN_COUNT,
    trainedAt: new Date().toISOString(),
    attribution: 'ANERcorp (Benajiba et al. 2007; CAMeL Lab release, CC BY-SA 4.0) and AQMAR (Mohit et al. 2012, CC BY-SA 3.0)',
  };
  const gz = gzipSync(Buffer.from(JSON.stringify(final)), { level: 9 });
  writeFileSync(OUT, gz);
  log(`best epoch ${best.epoch}; wrote ${OUT} (${(gz.length / 1e6).toFixed(1)} MB, ${final.features.split('\n').length} features) in ${((Date.now() - started) / 1000).toFixed(0)}s`);
}

/** Zeroes quantised weights below 1% of the largest and drops empty feature rows. */
function prune(model: SerializedModel): SerializedModel {
  const names = model.features.split('\n');
  const q = decodeInt16(model.weights);
  const minQ = Number(process.env.NER_PRUNE ?? 0.01) * 32767;
  const keptNames: string[] = [];
  const kept: number[] = [];
  names.forEach((name, f) => {
    const row = Array.from(q.subarray(f * T, f * T + T), (v) => (Math.abs(v) < minQ ? 0 : v));
    if (row.some((v) => v !== 0)) {
      keptNames.push(name);
      kept.push(...row);
    }
  });
  return { ...model, features: keptNames.join('\n'), weights: Buffer.from(Int16Array.from(kept).buffer).toString('base64') };
}

main();
