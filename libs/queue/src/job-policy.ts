import type { JobsOptions } from 'bullmq';
import { jobIdFor, type Stage } from '@app/contracts';

interface StagePolicy {
  attempts: number;
  /** First retry delay; doubles on every further attempt. */
  backoffMs: number;
}

/**
 * Retry policy per stage.  Fetching talks to the network and indexing to
 * Elasticsearch, so they get more attempts than the pure text stages, where a
 * failure is almost always the input's fault and retrying changes nothing.
 */
export const STAGE_POLICY: Record<Stage, StagePolicy> = {
  fetch: { attempts: 4, backoffMs: 2000 },
  strip: { attempts: 2, backoffMs: 1000 },
  tag: { attempts: 2, backoffMs: 1000 },
  index: { attempts: 6, backoffMs: 1000 },
};

/** Completed jobs are trimmed; failed ones are kept a week for inspection and retry. */
export const RETENTION = {
  removeOnComplete: { age: 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;

export function jobOptionsFor(stage: Stage, docId: string): JobsOptions {
  const policy = STAGE_POLICY[stage];
  return {
    jobId: jobIdFor(docId, stage),
    attempts: policy.attempts,
    backoff: { type: 'exponential', delay: policy.backoffMs },
    ...RETENTION,
  };
}
