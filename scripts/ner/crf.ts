/**
 * Linear-chain CRF training (Lafferty et al. 2001) over the tagger's feature
 * ids: the L2-regularised negative log-likelihood and its gradient by
 * forward-backward, minimised with L-BFGS.  The result is a set of linear
 * weights in the perceptron's layout, so tagging (model.ts Viterbi) is unchanged.
 */
import { minimizeLbfgs } from './lbfgs';

export interface CrfExample {
  /** Gold tag ids per token. */
  gold: Int8Array;
  /** Feature ids per token: feats.slice(offsets[i], offsets[i + 1]). */
  feats: Int32Array;
  offsets: Int32Array;
}

export interface CrfWeights {
  /** features x tags */
  weights: Float32Array;
  /** (tags + 1) x tags; row `tags` is the sentence start. */
  transitions: Float32Array;
}

export interface CrfOptions {
  tagCount: number;
  /** allowed[prev * T + cur], prev = T for the sentence start (BIO constraints shared with decoding). */
  allowed: Uint8Array;
  /** L2 coefficient: the objective adds l2 * |w|^2. */
  l2: number;
  maxIterations: number;
  /** Called every `checkpointEvery` iterations with the current weights; returning true stops. */
  checkpointEvery?: number;
  onCheckpoint?: (iteration: number, weights: CrfWeights) => boolean | void;
  log?: (message: string) => void;
}

/** Splits the parameter vector into emission weights and transitions. */
function unpack(x: Float64Array, featureCount: number, T: number): CrfWeights {
  return { weights: Float32Array.from(x.subarray(0, featureCount * T)), transitions: Float32Array.from(x.subarray(featureCount * T)) };
}

/**
 * Adds one sentence's negative log-likelihood gradient into `grad` and returns
 * its negative log-likelihood.  Forward-backward with per-position scaling
 * (no logs in the inner loop): emissions are shifted by their maximum before exp.
 */
function sentenceLoss(ex: CrfExample, x: Float64Array, expTrans: Float64Array, grad: Float64Array, T: number, transBase: number, buf: Buffers): number {
  const n = ex.gold.length;
  buf.ensure(n, T);
  const { em, alpha, beta, scale } = buf;
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < T; t++) em[i * T + t] = 0;
    for (let k = ex.offsets[i]; k < ex.offsets[i + 1]; k++) {
      const base = ex.feats[k] * T;
      for (let t = 0; t < T; t++) em[i * T + t] += x[base + t];
    }
  }
  // Gold score.
  let gold = 0;
  for (let i = 0; i < n; i++) gold += em[i * T + ex.gold[i]] + x[transBase + (i === 0 ? T : ex.gold[i - 1]) * T + ex.gold[i]];
  // exp(emission - max) per position; logZ collects the maxima and the scales.
  let logZ = 0;
  for (let i = 0; i < n; i++) {
    let max = -Infinity;
    for (let t = 0; t < T; t++) max = Math.max(max, em[i * T + t]);
    for (let t = 0; t < T; t++) em[i * T + t] = Math.exp(em[i * T + t] - max);
    logZ += max;
  }
  // Forward.
  for (let i = 0; i < n; i++) {
    let z = 0;
    for (let c = 0; c < T; c++) {
      let sum = 0;
      if (i === 0) sum = expTrans[T * T + c];
      else for (let p = 0; p < T; p++) sum += alpha[(i - 1) * T + p] * expTrans[p * T + c];
      const a = sum * em[i * T + c];
      alpha[i * T + c] = a;
      z += a;
    }
    for (let c = 0; c < T; c++) alpha[i * T + c] /= z;
    scale[i] = z;
    logZ += Math.log(z);
  }
  // Backward, with the same scales.
  for (let t = 0; t < T; t++) beta[(n - 1) * T + t] = 1;
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < T; p++) {
      let sum = 0;
      for (let c = 0; c < T; c++) sum += expTrans[p * T + c] * em[(i + 1) * T + c] * beta[(i + 1) * T + c];
      beta[i * T + p] = sum / scale[i + 1];
    }
  }
  // Expected minus observed counts.
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < T; t++) {
      const marginal = alpha[i * T + t] * beta[i * T + t] - (ex.gold[i] === t ? 1 : 0);
      if (marginal === 0) continue;
      for (let k = ex.offsets[i]; k < ex.offsets[i + 1]; k++) grad[ex.feats[k] * T + t] += marginal;
    }
    if (i === 0) {
      for (let c = 0; c < T; c++) grad[transBase + T * T + c] += alpha[c] * beta[c];
    } else {
      for (let p = 0; p < T; p++) {
        const a = alpha[(i - 1) * T + p];
        if (a === 0) continue;
        for (let c = 0; c < T; c++) {
          const e = expTrans[p * T + c];
          if (e !== 0) grad[transBase + p * T + c] += (a * e * em[i * T + c] * beta[i * T + c]) / scale[i];
        }
      }
    }
    grad[transBase + (i === 0 ? T : ex.gold[i - 1]) * T + ex.gold[i]] -= 1;
  }
  return logZ - gold;
}

/** Scratch arrays reused across sentences. */
class Buffers {
  em = new Float64Array(0);
  alpha = new Float64Array(0);
  beta = new Float64Array(0);
  scale = new Float64Array(0);
  ensure(n: number, T: number): void {
    if (this.em.length >= n * T) return;
    this.em = new Float64Array(n * T * 2);
    this.alpha = new Float64Array(n * T * 2);
    this.beta = new Float64Array(n * T * 2);
    this.scale = new Float64Array(n * 2);
  }
}

/** Makes gold sequences legal under the BIO constraints (an I- that cannot follow becomes B-). */
function legalGold(examples: CrfExample[], T: number, allowed: Uint8Array, tagOfBegin: (tag: number) => number): number {
  let fixed = 0;
  for (const ex of examples) {
    for (let i = 0; i < ex.gold.length; i++) {
      const prev = i === 0 ? T : ex.gold[i - 1];
      if (!allowed[prev * T + ex.gold[i]]) {
        ex.gold[i] = tagOfBegin(ex.gold[i]);
        fixed++;
      }
    }
  }
  return fixed;
}

export function trainCrf(examples: CrfExample[], featureCount: number, options: CrfOptions & { beginOf: (tag: number) => number }): CrfWeights {
  const T = options.tagCount;
  const log = options.log ?? (() => {});
  const fixed = legalGold(examples, T, options.allowed, options.beginOf);
  if (fixed) log(`CRF: ${fixed} gold tags made legal (I- after a different type -> B-)`);
  const transBase = featureCount * T;
  const x = new Float64Array(transBase + (T + 1) * T);
  const expTrans = new Float64Array((T + 1) * T);
  const buf = new Buffers();
  const objective = (w: Float64Array, grad: Float64Array): number => {
    grad.fill(0);
    for (let k = 0; k < expTrans.length; k++) expTrans[k] = options.allowed[k] ? Math.exp(w[transBase + k]) : 0;
    let loss = 0;
    for (const ex of examples) if (ex.gold.length) loss += sentenceLoss(ex, w, expTrans, grad, T, transBase, buf);
    for (let k = 0; k < w.length; k++) {
      loss += options.l2 * w[k] * w[k];
      grad[k] += 2 * options.l2 * w[k];
    }
    return loss;
  };
  const started = Date.now();
  let stoppedAt = 0;
  minimizeLbfgs(x, objective, {
    maxIterations: options.maxIterations,
    onIteration: (iter, w, value) => {
      stoppedAt = iter;
      if (iter % 10 === 0) log(`CRF iteration ${iter}: loss ${value.toFixed(1)} (${((Date.now() - started) / 1000).toFixed(0)}s)`);
      const every = options.checkpointEvery ?? 0;
      if (every && iter % every === 0 && options.onCheckpoint) return options.onCheckpoint(iter, unpack(w, featureCount, T)) === true;
      return false;
    },
  });
  log(`CRF: stopped after ${stoppedAt} iterations`);
  // Disallowed transitions never occur in decoding (model.ts masks them); keep them finite.
  const out = unpack(x, featureCount, T);
  for (let k = 0; k < out.transitions.length; k++) if (!options.allowed[k]) out.transitions[k] = 0;
  return out;
}
