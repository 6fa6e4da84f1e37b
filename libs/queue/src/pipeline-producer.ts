import type { Queue } from 'bullmq';
import type { AppConfig } from '@app/config';
import type { JobPayloads, Stage } from '@app/contracts';
import { jobOptionsFor } from './job-policy';
import type { StatusStore } from './status-store';

/** Puts a document's job on a stage's queue and records that it waits there. */
export class PipelineProducer {
  constructor(
    private readonly queues: Partial<Record<Stage, Queue>>,
    private readonly status: StatusStore,
    private readonly config: AppConfig,
  ) {}

  async enqueue<S extends Stage>(stage: S, payload: JobPayloads[S]): Promise<void> {
    const queue = this.queues[stage];
    if (!queue) throw new Error(`this process has no producer for the ${stage} queue`);
    await queue.add(stage, payload, jobOptionsFor(stage, payload.docId, this.config));
    await this.status.stageQueued(payload.docId, stage);
  }

  queue(stage: Stage): Queue {
    const queue = this.queues[stage];
    if (!queue) throw new Error(`this process has no producer for the ${stage} queue`);
    return queue;
  }
}
