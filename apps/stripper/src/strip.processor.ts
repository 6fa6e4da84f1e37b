import { Inject } from '@nestjs/common';
import { Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { QUEUES, type StripJob } from '@app/contracts';
import { PipelineProducer, StageProcessor, StatusStore, type StageOutcome } from '@app/queue';
import { stripBoilerplate, stripOutcome, siteKeyOf, SITE_HISTORY, type SiteHistory } from '@app/stripping';

/**
 * Keeps the article and drops the page around it.  Per-site line statistics are
 * read before stripping and updated after, so a site's recurring lines are
 * recognised as boilerplate once a few of its pages have passed.
 */
@Processor(QUEUES.strip)
export class StripProcessor extends StageProcessor<'strip'> {
  constructor(
    status: StatusStore,
    producer: PipelineProducer,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(SITE_HISTORY) private readonly history: SiteHistory,
  ) {
    super('strip', status, producer, config.concurrency.strip);
  }

  protected async handle(job: Job<StripJob>): Promise<StageOutcome> {
    const { docId, source, fetched } = job.data;
    const input = { blocks: fetched.blocks, meta: fetched.meta };
    const lines = fetched.blocks.map((block) => block.text);
    let site = siteKeyOf(fetched.meta, source);
    let article = stripBoilerplate(input, site ? await this.history.lookup(site, lines) : undefined);
    if (!site) {
      // A plain-text page names its site only in its text ("... - Site Name" after the
      // title): strip once to learn the name, then again with that site's history.
      site = siteKeyOf({ ...fetched.meta, siteName: article.site ?? undefined }, source);
      if (site) article = stripBoilerplate(input, await this.history.lookup(site, lines));
    }
    if (site) await this.history.record(site, lines);
    const outcome = stripOutcome(article);
    if (!outcome.ok) return { kind: 'finished', state: 'rejected', reason: outcome.reason };
    return { kind: 'next', stage: 'tag', payload: { v: 1, docId, source, encoding: fetched.encoding, decodingErrors: fetched.decodingErrors, extraction: fetched.extraction ?? null, article } };
  }
}
