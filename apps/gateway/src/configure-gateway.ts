import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { mountWebAssets } from './web/web-assets';

/** HTTP settings of the gateway, shared by main.ts and the e2e tests. */
export function configureGateway(app: NestExpressApplication): void {
  // POST /tag and POST /documents/urls carry JSON; uploads go through multer with their own limit.
  app.useBodyParser('json', { limit: '8mb' });
  mountWebAssets(app);
  const openApi = new DocumentBuilder()
    .setTitle('Arabic news pipeline')
    .setDescription('Ingest documents, follow them through the pipeline, search and tag Arabic news.')
    .setVersion('1')
    .addApiKey({ type: 'apiKey', name: 'x-api-key', in: 'header' }, 'api-key')
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, openApi));
}
