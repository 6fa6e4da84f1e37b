import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { PIPELINE_REDIS, type RedisClient } from '@app/queue';
import { RedisSiteHistory } from './redis-site-history';
import { SITE_HISTORY } from './site-history';

/**
 * Provides SITE_HISTORY on the pipeline's Redis client (PipelineQueuesModule is
 * global), under the queue prefix so test runs sharing a Redis stay apart.
 */
@Module({
  providers: [
    {
      provide: SITE_HISTORY,
      inject: [PIPELINE_REDIS, APP_CONFIG],
      useFactory: (redis: RedisClient, config: AppConfig) => new RedisSiteHistory(redis, { prefix: `${config.queuePrefix}:strip:` }),
    },
  ],
  exports: [SITE_HISTORY],
})
export class StrippingModule {}
