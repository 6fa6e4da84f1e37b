import { Controller, Get, Header, HttpCode, Inject, Module, OnApplicationShutdown, ServiceUnavailableException } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { Client } from '@elastic/elasticsearch';
import { createEsClient } from '@app/search';
import { register } from 'prom-client';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { PIPELINE_REDIS, type RedisClient } from '@app/queue';
import { ensureProcessMetrics } from './process-metrics';
import { httpLoggerOptions } from './log-redaction';
import { PublicEndpoint } from './public-endpoint';

/** Elasticsearch client shared by an app's providers. */
export const ES_CLIENT = Symbol('ES_CLIENT');

async function probe(check: () => Promise<unknown>, timeoutMs = 2000): Promise<string> {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), timeoutMs).unref());
  try {
    await Promise.race([check(), timeout]);
    return 'up';
  } catch (err) {
    return `down: ${err instanceof Error ? err.message : String(err)}`;
  }
}

@Controller()
class OpsController {
  constructor(
    @Inject(PIPELINE_REDIS) private readonly redis: RedisClient,
    @Inject(ES_CLIENT) private readonly es: Client,
  ) {}

  /**
   * Readiness: 200 when Redis and Elasticsearch both answer, 503 naming the one that
   * does not.  Cluster health rather than ping: the minimal distribution has no `GET /`.
   */
  @Get('health')
  @PublicEndpoint()
  @HttpCode(200)
  async health(): Promise<{ status: 'ok'; redis: string; elasticsearch: string }> {
    const [redis, elasticsearch] = await Promise.all([probe(() => this.redis.ping()), probe(() => this.es.cluster.health({ timeout: '2s' }))]);
    const body = { status: 'ok' as const, redis, elasticsearch };
    if (redis !== 'up' || elasticsearch !== 'up') {
      throw new ServiceUnavailableException({ ...body, status: 'unavailable' });
    }
    return body;
  }

  @Get('metrics')
  @Header('Content-Type', register.contentType)
  async metrics(): Promise<string> {
    return register.metrics();
  }
}

class EsCloser implements OnApplicationShutdown {
  constructor(@Inject(ES_CLIENT) private readonly es: Client) {}
  async onApplicationShutdown(): Promise<void> {
    await this.es.close();
  }
}

/** What every app has: JSON logs, /health, /metrics and an Elasticsearch client. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: httpLoggerOptions(config.logLevel),
      }),
    }),
  ],
  controllers: [OpsController],
  providers: [
    {
      provide: ES_CLIENT,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        createEsClient({ nodes: config.elasticsearchNodes, sniff: config.elasticsearchSniff, apiKey: config.elasticsearchApiKey }),
    },
    EsCloser,
  ],
  exports: [ES_CLIENT],
})
export class OpsModule {
  constructor() {
    ensureProcessMetrics();
  }
}
