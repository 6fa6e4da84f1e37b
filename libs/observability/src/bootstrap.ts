import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { listenHost } from './listen-host';

/**
 * Starts one of the pipeline's apps: JSON logs, graceful shutdown on SIGTERM
 * (Nest closes workers before queues before connections), HTTP on the configured port,
 * bound to loopback unless `HOST` is set.
 */
export async function bootstrapApp(name: string, module: unknown, configure?: (app: INestApplication) => void): Promise<INestApplication> {
  const app = await NestFactory.create(module as never, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  configure?.(app);
  const config = app.get<AppConfig>(APP_CONFIG);
  const host = listenHost();
  await app.listen(config.port, host);
  app.get(Logger).log(`${name} listening on http://${host.includes(':') ? `[${host}]` : host}:${config.port}`, 'Bootstrap');
  return app;
}
