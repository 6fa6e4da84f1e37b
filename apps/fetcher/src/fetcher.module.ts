import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, type AppConfig } from '@app/config';
import { PipelineQueuesModule } from '@app/queue';
import { OpsModule } from '@app/observability';
import { FetchProcessor } from './fetch.processor';

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
      providers: [FetchProcessor],
    };
  }
}
