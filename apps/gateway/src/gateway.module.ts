import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { MulterModule } from '@nestjs/platform-express';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { IngestService } from '@app/ingest';
import { appFoundation } from '@app/observability';
import { SourcesModule } from '@app/sources';
import { TaggingModule } from '@app/tagging';
import { QueueBoardModule } from './board/queue-board.module';
import { DocumentsController } from './documents/documents.controller';
import { DocumentReader } from './documents/document-reader';
import { DocumentAdminController, ReprocessController } from './documents/document-admin.controller';
import { DocumentAdminService } from './documents/document-admin.service';
import { RedisUnavailableFilter } from './documents/redis-unavailable.filter';
import { boundedMemoryStorage } from './documents/upload-storage';
import { SearchController } from './search/search.controller';
import { TagController } from './tagging/tag.controller';
import { StagesController } from './stages/stages.controller';
import { WebController } from './web/web.controller';
import { SourcesController } from './sources/sources.controller';
import { ApiKeyEverywhereGuard, ApiKeyGuard } from './auth/api-key.guard';

/** The HTTP face of the pipeline: ingest, document status, search, tagging, queue dashboard, web app. */
@Module({})
export class GatewayModule {
  static register(overrides: Partial<AppConfig> = {}): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        // The gateway produces fetch jobs and retries failed jobs of any stage.
        ...appFoundation({ port: 3000, role: 'producer', queues: ['fetch', 'strip', 'tag', 'index'], overrides }),
        MulterModule.registerAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            storage: boundedMemoryStorage(config.maxUploadBytes),
            limits: { files: config.maxFilesPerUpload },
          }),
        }),
        QueueBoardModule,
        SourcesModule,
        TaggingModule,
        // Per client address, per gateway process.
        ThrottlerModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({ throttlers: [{ ttl: 60_000, limit: config.rateLimitPerMinute }] }),
        }),
      ],
      controllers: [DocumentAdminController, DocumentsController, ReprocessController, SearchController, TagController, StagesController, WebController, SourcesController],
      providers: [
        IngestService,
        DocumentReader,
        DocumentAdminService,
        { provide: APP_FILTER, useClass: RedisUnavailableFilter },
        ApiKeyGuard,
        // Every route but /health and the web app's shell follows API_KEY.
        { provide: APP_GUARD, useClass: ApiKeyEverywhereGuard },
      ],
    };
  }
}
