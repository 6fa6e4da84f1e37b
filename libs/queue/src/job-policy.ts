import type { JobsOptions } from 'bullmq';
import type { AppConfig } from '@app/config';
import { jobIdFor, type Stage } from '@app/contracts';
import { CAPPED_BACKOFF } from './retry-backoff';

/** The job policy of a stage (attempts, capped exponential backoff, retention), from config. */
export function jobOptionsFor(stage: Stage, docId: string, config: Pick<AppConfig, 'attempts' | 'backoffMs' | 'retention'>): JobsOptions {
  return {
    jobId: jobIdFor(docId, stage),
    attempts: config.attempts[stage],
    backoff: { type: CAPPED_BACKOFF, delay: config.backoffMs[stage] },
    removeOnComplete: { age: config.retention.completedAgeSeconds, count: config.retention.completedCount },
    removeOnFail: { age: config.retention.failedAgeSeconds },
  };
}
