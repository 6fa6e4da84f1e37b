import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { join } from 'node:path';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { PublicEndpoint } from '@app/observability';
import { WEB_ASSETS_DIR } from './web-assets';

/**
 * The pages of the web app.  Every page is the same shell; its script picks the
 * view from the path.  Pages and assets are public even when API_KEY is set: the
 * pages ask for the key once and send it with every API call they make.
 */
@ApiTags('web')
@PublicEndpoint()
@Controller()
export class WebController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get(['/', 'view/:id', 'upload', 'activity'])
  @ApiExcludeEndpoint()
  page(@Res() res: Response): void {
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(join(WEB_ASSETS_DIR, 'index.html'));
  }

  @Get('ui/settings')
  @ApiOperation({ summary: 'What the web app needs to know before its first API call' })
  @ApiOkResponse({
    schema: {
      type: 'object',
      required: ['apiKeyRequired', 'kibanaUrl', 'boardUrl'],
      properties: {
        apiKeyRequired: { type: 'boolean', description: 'true when API_KEY is set: the pages ask for it once' },
        kibanaUrl: { type: 'string', nullable: true, description: 'KIBANA_URL, linked from the activity page' },
        boardUrl: { type: 'string', example: '/queues' },
      },
    },
  })
  settings() {
    return { apiKeyRequired: this.config.apiKey !== null, kibanaUrl: this.config.kibanaUrl, boardUrl: '/queues' };
  }
}
