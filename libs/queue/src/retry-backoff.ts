import type { BackoffOptions, MinimalJob } from 'bullmq';

/**
 * Job retries: exponential from the stage's first delay, capped, with jitter.  The cap
 * is why not BullMQ's built-in 'exponential': uncapped, the retry after an outage of T
 * seconds comes up to T seconds after the outage ended (a 2-minute outage left the
 * backlog waiting ~2 more minutes); capped, the backlog drains within one cap of it.
 */
export const CAPPED_BACKOFF = 'capped-exponential';

/** Longest wait between two attempts of a job. */
export const MAX_RETRY_DELAY_MS = 30_000;

/** Delay before retry number `attemptsMade` (1 = the first retry): base·2^(n-1), capped, then 75–100% of it. */
export function retryDelayMs(attemptsMade: number, baseMs: number, capMs = MAX_RETRY_DELAY_MS, random = Math.random): number {
  const full = Math.min(capMs, baseMs * 2 ** Math.max(0, attemptsMade - 1));
  return Math.round(full * (0.75 + 0.25 * random()));
}

/** The custom strategy BullMQ calls for jobs whose backoff type is CAPPED_BACKOFF (set in every worker's settings). */
export function backoffStrategy(attemptsMade: number, type?: string, _err?: Error, job?: MinimalJob): number {
  const base = (job?.opts.backoff as BackoffOptions | undefined)?.delay ?? 1000;
  if (type !== CAPPED_BACKOFF) return retryDelayMs(attemptsMade, base, Number.MAX_SAFE_INTEGER);
  return retryDelayMs(attemptsMade, base);
}

/** Total wait before the last of `attempts` attempts, without jitter: how long an outage the policy outlasts. */
export function retryWindowMs(attempts: number, baseMs: number, capMs = MAX_RETRY_DELAY_MS): number {
  let total = 0;
  for (let n = 1; n < attempts; n++) total += Math.min(capMs, baseMs * 2 ** (n - 1));
  return total;
}
