import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '@app/config';
import { appFoundation } from '@app/observability';
import { StrippingModule } from '@app/stripping';
import { StripProcessor } from './strip.processor';

@Module({})
export class StripperModule {
  static register(overrides: Partial<AppConfig> = {}): DynamicModule {
    return {
      module: StripperModule,
      imports: [
        ...appFoundation({ port: 3002, role: 'worker', queues: ['strip', 'tag'], overrides }),
        StrippingModule,
      ],
      providers: [StripProcessor],
    };
  }
}
