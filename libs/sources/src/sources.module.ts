import { Module } from '@nestjs/common';
import { BullModule, getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { PIPELINE_REDIS, redisKeys, type RedisClient } from '@app/queue';
import { DEFAULT_USER_AGENT } from '@app/fetching';
import { SourceStore } from './source-store';
import { SourceScheduler, SOURCES_QUEUE, type PollJob } from './source-scheduler';
import { PoliteFetcher } from './polite-fetcher';

/**
 * Followed sources for the gateway (register, list, remove) and the fetcher (poll):
 * the store, the schedule and the polite fetcher, on the pipeline's Redis. Needs the
 * pipeline queues module (BullMQ connection, PIPELINE_REDIS) in the same app.
 */
@Module({
  imports: [
    BullModule.registerQueueAsync({
      name: SOURCES_QUEUE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ prefix: redisKeys.queuePrefix(config.queuePrefix, SOURCES_QUEUE) }),
    }),
  ],
  providers: [
    {
      provide: SourceStore,
      inject: [PIPELINE_REDIS, APP_CONFIG],
      useFactory: (redis: RedisClient, config: AppConfig) => new SourceStore(redis, config.queuePrefix),
    },
    {
      provide: SourceScheduler,
      inject: [getQueueToken(SOURCES_QUEUE)],
      useFactory: (queue: Queue<PollJob>) => new SourceScheduler(queue),
    },
    {
      provide: PoliteFetcher,
      inject: [PIPELINE_REDIS, APP_CONFIG],
      useFactory: (redis: RedisClient, config: AppConfig) =>
        new PoliteFetcher(redis, config.queuePrefix, {
          userAgent: config.crawl.userAgent ?? DEFAULT_USER_AGENT,
          allowList: config.urlAllowList,
          hostGate: { maxConcurrent: config.crawl.hostMaxConcurrent, minDelayMs: config.crawl.hostMinDelayMs, leaseMs: 60_000, maxWaitMs: 30_000 },
        }),
    },
  ],
  exports: [BullModule, SourceStore, SourceScheduler, PoliteFetcher],
})
export class SourcesModule {}
