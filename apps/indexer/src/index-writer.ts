import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Client } from '@elastic/elasticsearch';
import { Counter, register } from 'prom-client';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { ProcessedDocument } from '@app/contracts';
import { ES_CLIENT } from '@app/observability';
import { BulkIndexer, IndexManager, indexNames, toIndexDocument, type RefreshMode } from '@app/search';
import { StoryLinker } from '@app/stories';

const documentsIndexed = new Counter({
  name: 'pipeline_documents_indexed_total',
  help: 'Documents written to Elasticsearch',
  registers: [register],
});

const REFRESH: Record<AppConfig['indexRefresh'], RefreshMode> = { false: false, wait_for: 'wait_for', true: true };

/**
 * The indexer's write path: makes sure the template, first index and alias exist
 * before any job runs, links each document to its story and copies, then batches
 * documents into bulk requests through the alias.
 */
@Injectable()
export class IndexWriter implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly manager: IndexManager;
  private readonly bulk: BulkIndexer;
  private readonly stories: StoryLinker;

  constructor(@Inject(ES_CLIENT) es: Client, @Inject(APP_CONFIG) config: AppConfig) {
    this.manager = new IndexManager(es, indexNames(config.indexAlias), { shards: config.indexShards, replicas: config.indexReplicas });
    this.bulk = new BulkIndexer(es, { index: config.indexAlias, refresh: REFRESH[config.indexRefresh] });
    this.stories = new StoryLinker(es, config.indexAlias);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.manager.ensure();
  }

  async write(document: ProcessedDocument): Promise<void> {
    // Copies and reports of the same story are linked as they are written (libs/stories).
    const story = await this.stories.linkOne(document);
    await this.bulk.index(document.id, { ...toIndexDocument(document), ...story });
    documentsIndexed.inc();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.bulk.close();
  }
}
