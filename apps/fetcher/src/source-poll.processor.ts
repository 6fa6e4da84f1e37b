import { Logger } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { IngestService } from '@app/ingest';
import { PoliteFetcher, SourcePoller, SourceScheduler, SourceStore, SOURCES_QUEUE, type ListedArticle, type PollJob, type PollReport } from '@app/sources';

/**
 * Runs the sources' scheduled polls: each tick is one job, taken by one fetcher; the
 * articles a poll finds enter the pipeline like any URL sent to POST /documents/url.
 */
@Processor(SOURCES_QUEUE, { concurrency: 2 })
export class SourcePollProcessor extends WorkerHost {
  private readonly logger = new Logger('sources');
  private readonly poller: SourcePoller;

  constructor(
    private readonly store: SourceStore,
    private readonly scheduler: SourceScheduler,
    private readonly ingest: IngestService,
    fetcher: PoliteFetcher,
  ) {
    super();
    this.poller = new SourcePoller(store, fetcher, (sourceId, articles) => this.enqueue(sourceId, articles));
  }

  async process(job: Job<PollJob>): Promise<PollReport> {
    const { sourceId } = job.data;
    const before = await this.store.get(sourceId);
    const report = await this.poller.poll(sourceId);
    if (report.outcome === 'skipped' && report.reason === 'removed') await this.scheduler.unschedule(sourceId);
    // The feed asked to be polled less often (<ttl>, <sy:updatePeriod>): re-time the schedule.
    if (report.outcome === 'polled' && before && report.effectiveIntervalMinutes !== before.effectiveIntervalMinutes) {
      await this.scheduler.schedule(sourceId, report.effectiveIntervalMinutes);
    }
    this.logger.log({ sourceId, ...report }, 'source polled');
    return report;
  }

  /** New articles; re-listed ones with a newer date go through too (the document's id is its URL's). */
  private async enqueue(_sourceId: string, articles: ListedArticle[]): Promise<void> {
    for (const article of articles) await this.ingest.ingestUrl(article.url);
  }
}
