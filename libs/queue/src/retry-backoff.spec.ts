import { CAPPED_BACKOFF, MAX_RETRY_DELAY_MS, backoffStrategy, retryDelayMs, retryWindowMs } from './retry-backoff';
import { loadConfig } from '@app/config';

describe('retryDelayMs', () => {
  it('doubles from the base and stops at the cap', () => {
    const top = () => 1;
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((n) => retryDelayMs(n, 1000, 30_000, top))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });
  it('jitters between 75% and 100% so retries after an outage do not all arrive at once', () => {
    expect(retryDelayMs(3, 1000, 30_000, () => 0)).toBe(3000);
    expect(retryDelayMs(3, 1000, 30_000, () => 0.5)).toBe(3500);
  });
  it('is what BullMQ gets for the capped type, reading the job base delay', () => {
    const job = { opts: { backoff: { type: CAPPED_BACKOFF, delay: 2000 } } } as never;
    const d = backoffStrategy(10, CAPPED_BACKOFF, undefined, job);
    expect(d).toBeGreaterThanOrEqual(0.75 * MAX_RETRY_DELAY_MS);
    expect(d).toBeLessThanOrEqual(MAX_RETRY_DELAY_MS);
  });
});

describe('default job policy', () => {
  it('outlasts a five-minute outage of Redis or Elasticsearch at every stage', () => {
    const config = loadConfig({});
    for (const stage of ['fetch', 'strip', 'tag', 'index'] as const) {
      expect(retryWindowMs(config.attempts[stage], config.backoffMs[stage])).toBeGreaterThanOrEqual(5 * 60_000);
    }
  });
});
