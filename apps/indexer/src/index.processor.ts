import { Inject } from '@nestjs/common';
import { Processor } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { QUEUES, type IndexJob } from '@app/contracts';
import { PipelineProducer, StageProcessor, StatusStore, type StageOutcome } from '@app/queue';
import { BulkItemError } from '@app/search';
import { IndexWriter } from './index-writer';

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
    private readonly writer: IndexWriter,
  ) {
    super('index', status, producer, config.concurrency.index);
  }

  protected async handle(job: Job<IndexJob>): Promise<StageOutcome> {
    try {
      await this.writer.write(job.data.document);
    } catch (err) {
      // A document Elasticsearch refuses (mapping conflict...) will be refused again: fail it now.
      if (err instanceof BulkItemError && !err.retryable) throw new UnrecoverableError(err.message);
      throw err;
    }
    return { kind: 'finished', state: 'indexed' };
  }
}
