import { ConflictException, Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import type { Client } from '@elastic/elasticsearch';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { jobIdFor, STAGES, type DocumentStatus, type ProcessedDocument, type Stage } from '@app/contracts';
import { ES_CLIENT } from '@app/observability';
import { DocumentActivity, PipelineProducer, StatusStore } from '@app/queue';
import { buildSearch, type SearchRequest } from '@app/search';
import { DocumentReader } from './document-reader';
import { tagJobFromDocument } from './tag-job-from-document';

/** Stages a reprocess runs again: the stored stripper output goes back through tagging and indexing. */
const REPROCESSED_STAGES: Stage[] = ['tag', 'index'];
const IN_FLIGHT = new Set(['queued', 'processing']);

export type ReprocessFilter = Omit<SearchRequest, 'page' | 'size'>;

export interface ReprocessReport {
  matched: number;
  queued: string[];
  skipped: { id: string; reason: string }[];
}

/** Takedown and reprocessing of documents that went through the pipeline. */
@Injectable()
export class DocumentAdminService {
  private readonly logger = new Logger('documents');

  constructor(
    private readonly status: StatusStore,
    private readonly activity: DocumentActivity,
    private readonly producer: PipelineProducer,
    private readonly reader: DocumentReader,
    @Inject(ES_CLIENT) private readonly es: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Removes a document from Elasticsearch and from Redis (status, kept jobs, activity). */
  async delete(id: string): Promise<{ id: string; deleted: true }> {
    const current = await this.status.get(id);
    if (current && IN_FLIGHT.has(current.state)) {
      throw new ConflictException(`document ${id} is ${current.state}; delete it once it is indexed, rejected or failed`);
    }
    const removedFromIndex = await this.deleteFromIndex(id);
    if (!current && !removedFromIndex) throw new NotFoundException(`no document with id ${id}`);
    for (const stage of STAGES) await this.producer.queue(stage).remove(jobIdFor(id, stage));
    await this.status.forget(id);
    await this.activity.remove(id);
    this.logger.log({ docId: id }, 'document deleted');
    return { id, deleted: true };
  }

  /** Runs an indexed document through tagging and indexing again, from what the index stored. */
  async reprocess(id: string): Promise<{ id: string; state: 'queued'; stage: Stage }> {
    const current = await this.status.get(id);
    const document = await this.reader.read(id);
    this.checkReprocessable(id, current, document);
    await this.requeue(document!);
    return { id, state: 'queued', stage: REPROCESSED_STAGES[0] };
  }

  /**
   * Reprocesses every indexed document the filter matches (the search's own filters),
   * reading the index in id order with search_after so a large set is never held at once.
   */
  async reprocessMatching(filter: ReprocessFilter, max: number): Promise<ReprocessReport> {
    const { body } = buildSearch(this.config.indexAlias, { ...filter, page: 1, size: 1 });
    const report: ReprocessReport = { matched: 0, queued: [], skipped: [] };
    let after: (string | number)[] | undefined;
    while (report.matched < max) {
      const page = await this.es.search<ProcessedDocument>({
        index: this.config.indexAlias,
        query: body.query,
        sort: [{ id: 'asc' }],
        size: Math.min(200, max - report.matched),
        search_after: after,
        _source: { excludes: ['search'] },
      });
      const hits = page.hits.hits;
      if (hits.length === 0) break;
      const statuses = await this.status.getMany(hits.map((h) => h._id!));
      for (const [i, hit] of hits.entries()) {
        report.matched++;
        const document = hit._source!;
        try {
          this.checkReprocessable(document.id, statuses[i], document);
          await this.requeue(document);
          report.queued.push(document.id);
        } catch (err) {
          if (!(err instanceof ConflictException)) throw err;
          report.skipped.push({ id: document.id, reason: err.message });
        }
      }
      after = hits[hits.length - 1].sort as (string | number)[];
    }
    this.logger.log({ matched: report.matched, queued: report.queued.length, skipped: report.skipped.length }, 'documents reprocessed');
    return report;
  }

  private checkReprocessable(id: string, current: DocumentStatus | null, document: ProcessedDocument | null): void {
    if (current && IN_FLIGHT.has(current.state)) throw new ConflictException(`document ${id} is already ${current.state}`);
    if (!document) {
      if (current) throw new ConflictException(`document ${id} is ${current.state}; only indexed documents can be reprocessed`);
      throw new NotFoundException(`no document with id ${id}`);
    }
  }

  private async requeue(document: ProcessedDocument): Promise<void> {
    // Job ids are one per document and stage: the kept completed jobs of the first run
    // would make the new ones no-ops.
    for (const stage of REPROCESSED_STAGES) await this.producer.queue(stage).remove(jobIdFor(document.id, stage));
    await this.status.reprocessing(document.id, REPROCESSED_STAGES, { name: document.source.name, byteSize: document.source.byteSize });
    await this.producer.enqueue('tag', tagJobFromDocument(document));
    this.logger.log({ docId: document.id }, 'document queued for reprocessing');
  }

  /** Deletes the document from every index behind the alias (several during a reindex). */
  private async deleteFromIndex(id: string): Promise<boolean> {
    const found = await this.es.search({ index: this.config.indexAlias, query: { ids: { values: [id] } }, _source: false }, { ignore: [404] });
    const hits = found.hits?.hits ?? [];
    for (const hit of hits) await this.es.delete({ index: hit._index, id, refresh: 'wait_for' }, { ignore: [404] });
    return hits.length > 0;
  }
}
