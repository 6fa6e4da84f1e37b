import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, type AppConfig } from '@app/config';
import { PipelineQueuesModule } from '@app/queue';
import { OpsModule } from '@app/observability';
import { IndexProcessor } from './index.processor';
import { IndexWriter } from './index-writer';

@Module({})
export class IndexerModule {
  static register(overrides: Partial<AppConfig> = {}): DynamicModule {
    return {
      module: IndexerModule,
      imports: [
        ConfigModule.forRoot({ defaults: { port: 3004 }, overrides }),
        PipelineQueuesModule.register({ role: 'worker', queues: ['index'] }),
        OpsModule,
      ],
      providers: [IndexWriter, IndexProcessor],
    };
  }
}
