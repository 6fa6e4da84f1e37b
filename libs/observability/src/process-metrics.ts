import { collectDefaultMetrics, register } from 'prom-client';

let started = false;

/** Node process metrics (CPU, memory, event loop lag), registered once per process. */
export function ensureProcessMetrics(): void {
  if (started) return;
  started = true;
  collectDefaultMetrics({ register });
}
