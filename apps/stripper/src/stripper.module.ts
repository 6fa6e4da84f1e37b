import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, type AppConfig } from '@app/config';
import { PipelineQueuesModule } from '@app/queue';
import { OpsModule } from '@app/observability';
import { StrippingModule } from '@app/stripping';
import { StripProcessor } from './strip.processor';

@Module({})
export class StripperModule {
  static register(overrides: Partial<AppConfig> = {}): DynamicModule {
    return {
      module: StripperModule,
      imports: [
        ConfigModule.forRoot({ defaults: { port: 3002 }, overrides }),
        PipelineQueuesModule.register({ role: 'worker', queues: ['strip', 'tag'] }),
        OpsModule,
        StrippingModule,
      ],
      providers: [StripProcessor],
    };
  }
}
