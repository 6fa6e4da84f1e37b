import { DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '@app/config';
import { appFoundation } from '@app/observability';
import { TaggingModule } from '@app/tagging';
import { TagProcessor } from './tag.processor';

@Module({})
export class TaggerModule {
  static register(overrides: Partial<AppConfig> = {}): DynamicModule {
    return {
      module: TaggerModule,
      imports: [
        ...appFoundation({ port: 3003, role: 'worker', queues: ['tag', 'index'], overrides }),
        TaggingModule,
      ],
      providers: [TagProcessor],
    };
  }
}
