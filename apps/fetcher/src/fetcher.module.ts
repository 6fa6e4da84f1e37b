import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, type AppConfig } from '@app/config';
import { PipelineQueuesModule } from '@app/queue';
import { OpsModule } from '@app/observability';
import { IngestService } from '@app/ingest';
import { FetchProcessor } from './fetch.processor';
import { DropFolderWatcher } from './drop-folder/drop-folder.watcher';

@Module({})
export class FetcherModule {
  static register(overrides: Partial<AppConfig> = {}): DynamicModule {
    return {
      module: FetcherModule,
      imports: [
        ConfigModule.forRoot({ defaults: { port: 3001 }, overrides }),
        PipelineQueuesModule.register({ role: 'worker', queues: ['fetch', 'strip'] }),
        OpsModule,
      ],
      providers: [FetchProcessor, IngestService, DropFolderWatcher],
    };
  }
}
