import { Inject } from '@nestjs/common';
import { Processor } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { QUEUES, type IndexJob } from '@app/contracts';
import { PipelineProducer, StageProcessor, StatusStore, classifyError, type StageOutcome } from '@app/queue';
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
      // A document Elasticsearch refuses as invalid will be refused again: fail it now.
      // Outages, throttling and write blocks are retried with the job's backoff.
      if (classifyError(err) === 'permanent') throw new UnrecoverableError((err as Error).message);
      throw err;
    }
    return { kind: 'finished', state: 'indexed' };
  }
}
