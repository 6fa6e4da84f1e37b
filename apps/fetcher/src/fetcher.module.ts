import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '@app/config';
import { appFoundation } from '@app/observability';
import { IngestService } from '@app/ingest';
import { SourcesModule } from '@app/sources';
import { FetchProcessor } from './fetch.processor';
import { DropFolderWatcher } from './drop-folder/drop-folder.watcher';
import { SourcePollProcessor } from './source-poll.processor';

@Module({})
export class FetcherModule {
  static register(overrides: Partial<AppConfig> = {}): DynamicModule {
    return {
      module: FetcherModule,
      imports: [
        ...appFoundation({ port: 3001, role: 'worker', queues: ['fetch', 'strip'], overrides }),
        SourcesModule,
      ],
      providers: [FetchProcessor, SourcePollProcessor, IngestService, DropFolderWatcher],
    };
  }
}
