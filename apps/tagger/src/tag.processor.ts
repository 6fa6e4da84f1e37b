import { Inject } from '@nestjs/common';
import { Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { PARAGRAPH_SEPARATOR, QUEUES, type ProcessedDocument, type TagJob } from '@app/contracts';
import { PipelineProducer, StageProcessor, StatusStore, type StageOutcome } from '@app/queue';
import { facetsOf, TAGGING_ENGINE, type ConfiguredTaggingEngine } from '@app/tagging';

/** Tags people, organisations, places and dates, and assembles the document to index. */
@Processor(QUEUES.tag)
export class TagProcessor extends StageProcessor<'tag'> {
  constructor(
    status: StatusStore,
    producer: PipelineProducer,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(TAGGING_ENGINE) private readonly engine: ConfiguredTaggingEngine,
  ) {
    super('tag', status, producer, config.concurrency.tag);
  }

  protected async handle(job: Job<TagJob>): Promise<StageOutcome> {
    const { docId, article, source, encoding, decodingErrors, extraction } = job.data;
    const body = article.paragraphs.join(PARAGRAPH_SEPARATOR);
    const entities = await this.engine.tag(body);
    const titleEntities = article.title ? await this.engine.tag(article.title) : [];
    const document: ProcessedDocument = {
      id: docId,
      title: article.title,
      paragraphs: article.paragraphs,
      body,
      entities,
      titleEntities,
      ...facetsOf([...titleEntities, ...entities]),
      byline: article.byline,
      author: article.author,
      site: article.site,
      publishedAt: article.publishedAt,
      language: article.language,
      encoding,
      decodingErrors,
      extraction: extraction ?? null,
      removed: article.removed,
      source: { ...source, credited: article.source },
      ingestedAt: new Date().toISOString(),
    };
    return { kind: 'next', stage: 'index', payload: { v: 1, docId, document } };
  }
}
