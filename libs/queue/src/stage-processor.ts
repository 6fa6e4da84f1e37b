import { BeforeApplicationShutdown, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { WorkerHost } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { JOB_PAYLOAD_VERSION, type JobPayloads, type Stage } from '@app/contracts';
import { stageMetrics } from './stage-metrics';
import type { PipelineProducer } from './pipeline-producer';
import type { StatusStore } from './status-store';
import { backoffStrategy } from './retry-backoff';

/** What a stage did with a document. */
export type StageOutcome =
  | { kind: 'next'; stage: Stage; payload: JobPayloads[Stage] }
  /** The document's journey ends here: indexed, or rejected with a reason (e.g. empty_after_stripping). */
  | { kind: 'finished'; state: 'indexed' | 'rejected'; reason?: string };

/**
 * Common shape of every stage worker: records the document's timeline, hands the
 * output to the next queue, and rethrows failures so BullMQ retries them (or
 * fails them at once when they are UnrecoverableError).  A failed job is never
 * reported as completed.
 */
export abstract class StageProcessor<S extends Stage> extends WorkerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  protected readonly logger: Logger;

  protected constructor(
    protected readonly stage: S,
    protected readonly status: StatusStore,
    protected readonly producer: PipelineProducer,
    private readonly concurrency: number,
  ) {
    super();
    this.logger = new Logger(`${stage}-worker`);
  }

  /** Does the stage's work; throws to fail the attempt. */
  protected abstract handle(job: Job<JobPayloads[S]>): Promise<StageOutcome>;

  /** Runs after the outcome is safely recorded, e.g. to free the input's storage. */
  protected async afterSuccess(_job: Job<JobPayloads[S]>): Promise<void> {}

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.concurrency;
    // BullMQ reads the custom backoff from the worker's settings when a job fails.
    this.worker.opts.settings = { ...this.worker.opts.settings, backoffStrategy };
  }

  /**
   * On SIGTERM, stop taking jobs and let the active ones finish before anything
   * closes the Redis and Elasticsearch clients they use (that happens later, on
   * application shutdown, where @nestjs/bullmq would otherwise close workers in
   * no particular order with them).
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }

  async process(job: Job<JobPayloads[S]>): Promise<void> {
    const { docId } = job.data;
    const attempt = job.attemptsMade + 1;
    const started = process.hrtime.bigint();
    await this.status.stageStarted(docId, this.stage, attempt);
    try {
      if (job.data.v !== JOB_PAYLOAD_VERSION) {
        throw new UnrecoverableError(`unsupported job payload version ${String(job.data.v)}`);
      }
      const outcome = await this.handle(job);
      if (outcome.kind === 'next') {
        await this.producer.enqueue(outcome.stage, outcome.payload);
        await this.status.stageDone(docId, this.stage);
      } else {
        await this.status.stageDone(docId, this.stage, { state: outcome.state, reason: outcome.reason });
      }
      await this.afterSuccess(job);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      stageMetrics.observe(this.stage, 'completed', seconds);
      this.logger.log({ docId, queue: this.stage, attempt, ms: Math.round(seconds * 1000), outcome: outcome.kind === 'next' ? 'next' : outcome.state, reason: outcome.kind === 'finished' ? outcome.reason : undefined }, 'job completed');
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const final = err instanceof UnrecoverableError || attempt >= (job.opts.attempts ?? 1);
      await this.status.stageFailed(docId, this.stage, message, attempt, final);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      stageMetrics.observe(this.stage, 'failed', seconds);
      this.logger.warn({ docId, queue: this.stage, attempt, final, ms: Math.round(seconds * 1000), error: message }, 'job failed');
      throw err;
    }
  }
}
