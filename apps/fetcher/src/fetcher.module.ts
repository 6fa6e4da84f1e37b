import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '@app/config';
import { appFoundation } from '@app/observability';
import { IngestService } from '@app/ingest';
import { FetchProcessor } from './fetch.processor';
import { DropFolderWatcher } from './drop-folder/drop-folder.watcher';

@Module({})
export class FetcherModule {
  static register(overrides: Partial<AppConfig> = {}): DynamicModule {
    return {
      module: FetcherModule,
      imports: [
        ...appFoundation({ port: 3001, role: 'worker', queues: ['fetch', 'strip'], overrides }),
      ],
      providers: [FetchProcessor, IngestService, DropFolderWatcher],
    };
  }
}
