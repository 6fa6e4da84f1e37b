import type { JobsOptions } from 'bullmq';
import type { AppConfig } from '@app/config';
import { jobIdFor, type Stage } from '@app/contracts';

/** The job policy of a stage (attempts, exponential backoff, retention), from config. */
export function jobOptionsFor(stage: Stage, docId: string, config: Pick<AppConfig, 'attempts' | 'backoffMs' | 'retention'>): JobsOptions {
  return {
    jobId: jobIdFor(docId, stage),
    attempts: config.attempts[stage],
    backoff: { type: 'exponential', delay: config.backoffMs[stage] },
    removeOnComplete: { age: config.retention.completedAgeSeconds, count: config.retention.completedCount },
    removeOnFail: { age: config.retention.failedAgeSeconds },
  };
}
