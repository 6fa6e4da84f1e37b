/**
 * Limited-memory BFGS minimiser (Nocedal & Wright 2006, algorithm 7.4) with a
 * backtracking Armijo line search: enough for the smooth, convex CRF objective.
 */

/** Writes the gradient at `x` into `grad` and returns the objective value. */
export type Objective = (x: Float64Array, grad: Float64Array) => number;

export interface LbfgsOptions {
  /** Correction pairs kept (default 10). */
  memory?: number;
  maxIterations: number;
  /** Stop when the relative decrease over the last 10 iterations is below this (default 1e-5). */
  tolerance?: number;
  /** Called after each iteration; returning true stops early. */
  onIteration?: (iteration: number, x: Float64Array, value: number) => boolean | void;
}

const dot = (a: Float64Array, b: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};

export function minimizeLbfgs(x: Float64Array, objective: Objective, options: LbfgsOptions): Float64Array {
  const m = options.memory ?? 10;
  const tolerance = options.tolerance ?? 1e-5;
  const n = x.length;
  const grad = new Float64Array(n);
  let value = objective(x, grad);
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  const history: number[] = [value];
  const dir = new Float64Array(n);
  const xNew = new Float64Array(n);
  const gNew = new Float64Array(n);
  const alpha = new Float64Array(m);
  for (let iter = 1; iter <= options.maxIterations; iter++) {
    // Two-loop recursion: dir = -H * grad.
    for (let i = 0; i < n; i++) dir[i] = -grad[i];
    for (let k = s.length - 1; k >= 0; k--) {
      alpha[k] = rho[k] * dot(s[k], dir);
      const yk = y[k];
      for (let i = 0; i < n; i++) dir[i] -= alpha[k] * yk[i];
    }
    const gamma = s.length ? dot(s[s.length - 1], y[y.length - 1]) / dot(y[y.length - 1], y[y.length - 1]) : 1 / Math.sqrt(dot(grad, grad));
    for (let i = 0; i < n; i++) dir[i] *= gamma;
    for (let k = 0; k < s.length; k++) {
      const beta = rho[k] * dot(y[k], dir);
      const sk = s[k];
      for (let i = 0; i < n; i++) dir[i] += (alpha[k] - beta) * sk[i];
    }
    let slope = dot(dir, grad);
    if (slope >= 0) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      s.length = y.length = rho.length = 0;
      const g = 1 / Math.sqrt(dot(grad, grad));
      for (let i = 0; i < n; i++) dir[i] = -grad[i] * g;
      slope = dot(dir, grad);
    }
    let step = 1;
    let newValue = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < n; i++) xNew[i] = x[i] + step * dir[i];
      newValue = objective(xNew, gNew);
      if (newValue <= value + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(newValue < value)) break;
    const sk = new Float64Array(n);
    const yk = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      sk[i] = xNew[i] - x[i];
      yk[i] = gNew[i] - grad[i];
    }
    const sy = dot(sk, yk);
    if (sy > 1e-10) {
      if (s.length === m) {
        s.shift();
        y.shift();
        rho.shift();
      }
      s.push(sk);
      y.push(yk);
      rho.push(1 / sy);
    }
    x.set(xNew);
    grad.set(gNew);
    value = newValue;
    history.push(value);
    if (options.onIteration?.(iter, x, value)) break;
    const past = history[Math.max(0, history.length - 11)];
    if (history.length > 10 && (past - value) / Math.abs(value) < tolerance) break;
  }
  return x;
}
