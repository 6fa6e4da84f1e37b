import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG, ConfigModule, type AppConfig } from '@app/config';
import { PipelineQueuesModule } from '@app/queue';
import { OpsModule } from '@app/observability';
import { DocumentsController } from './documents/documents.controller';
import { IngestService } from '@app/ingest';
import { DocumentReader } from './documents/document-reader';
import { RedisUnavailableFilter } from './documents/redis-unavailable.filter';
import { boundedMemoryStorage } from './documents/upload-storage';
import { QueueBoardModule } from './board/queue-board.module';
import { ThrottlerModule } from '@nestjs/throttler';
import { TaggingModule } from '@app/tagging';
import { TagController } from './tagging/tag.controller';
import { SearchController } from './search/search.controller';

/** The HTTP face of the pipeline: ingest, document status, search, tagging, queue dashboard. */
@Module({})
export class GatewayModule {
  static register(overrides: Partial<AppConfig> = {}): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        ConfigModule.forRoot({ defaults: { port: 3000 }, overrides }),
        // The gateway produces fetch jobs and retries failed jobs of any stage.
        PipelineQueuesModule.register({ role: 'producer', queues: ['fetch', 'strip', 'tag', 'index'] }),
        OpsModule,
        MulterModule.registerAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            storage: boundedMemoryStorage(config.maxUploadBytes),
            limits: { files: config.maxFilesPerUpload },
          }),
        }),
        QueueBoardModule,
        TaggingModule,
        // Per client address, per gateway process.
        ThrottlerModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({ throttlers: [{ ttl: 60_000, limit: config.rateLimitPerMinute }] }),
        }),
      ],
      controllers: [DocumentsController, SearchController, TagController],
      providers: [IngestService, DocumentReader, { provide: APP_FILTER, useClass: RedisUnavailableFilter }],
    };
  }
}
