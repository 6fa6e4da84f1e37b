import { Inject } from '@nestjs/common';
import { Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { QUEUES, type IndexJob } from '@app/contracts';
import { PipelineProducer, StageProcessor, StatusStore, type StageOutcome } from '@app/queue';
import { BulkIndexer } from '@app/search';

/**
 * Writes processed documents through the alias.  Many jobs run at once and their
 * documents share bulk requests; each job waits for its own document's result.
 */
@Processor(QUEUES.index)
export class IndexProcessor extends StageProcessor<'index'> {
  constructor(
    status: StatusStore,
    producer: PipelineProducer,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly bulk: BulkIndexer,
  ) {
    super('index', status, producer, config.concurrency.index);
  }

  protected async handle(job: Job<IndexJob>): Promise<StageOutcome> {
    await this.bulk.index(job.data.document);
    return { kind: 'finished', state: 'indexed' };
  }
}
