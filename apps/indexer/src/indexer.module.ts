import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '@app/config';
import { appFoundation } from '@app/observability';
import { IndexProcessor } from './index.processor';
import { IndexWriter } from './index-writer';

@Module({})
export class IndexerModule {
  static register(overrides: Partial<AppConfig> = {}): DynamicModule {
    return {
      module: IndexerModule,
      imports: [
        ...appFoundation({ port: 3004, role: 'worker', queues: ['index'], overrides }),
      ],
      providers: [IndexWriter, IndexProcessor],
    };
  }
}
