import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, type AppConfig } from '@app/config';
import { PipelineQueuesModule } from '@app/queue';
import { OpsModule } from '@app/observability';
import { TaggingModule } from '@app/tagging';
import { TagProcessor } from './tag.processor';

@Module({})
export class TaggerModule {
  static register(overrides: Partial<AppConfig> = {}): DynamicModule {
    return {
      module: TaggerModule,
      imports: [
        ConfigModule.forRoot({ defaults: { port: 3003 }, overrides }),
        PipelineQueuesModule.register({ role: 'worker', queues: ['tag', 'index'] }),
        OpsModule,
        TaggingModule,
      ],
      providers: [TagProcessor],
    };
  }
}
