import { once } from 'node:events';
import { DynamicModule, Inject, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { BullModule, getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { QUEUES, type Stage } from '@app/contracts';
import { redisOptionsFromUrl } from './redis-options';
import { StatusStore } from './status-store';
import { BlobStore } from './blob-store';
import { PipelineProducer } from './pipeline-producer';
import { watchQueues } from './queue-metrics';

/** The pipeline's own ioredis client (status hashes, blobs), beside BullMQ's connections. */
export const PIPELINE_REDIS = Symbol('PIPELINE_REDIS');

export interface PipelineQueuesOptions {
  /** producer: fail fast when Redis is down (gateway); worker: wait for it (stage apps). */
  role: 'producer' | 'worker';
  /** Queues this process adds jobs to or consumes. */
  queues: Stage[];
}

/**
 * Lifecycle of the pipeline's own Redis client and its queues: waits briefly for
 * the first connection, so that requests right after boot are not refused as if
 * Redis were down; adds the queues to /metrics; closes the client last.
 */
class RedisLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly queues: Queue[];

  constructor(@Inject(PIPELINE_REDIS) private readonly redis: Redis, ...queues: Queue[]) {
    this.queues = queues;
  }

  async onApplicationBootstrap(): Promise<void> {
    watchQueues(this.queues);
    if (this.redis.status === 'ready') return;
    // An 'error' (Redis down) ends the wait too: requests then get 503 until it is back.
    await Promise.race([once(this.redis, 'ready').catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 3000).unref())]);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

@Module({})
export class PipelineQueuesModule {
  static register(options: PipelineQueuesOptions): DynamicModule {
    const queueTokens = options.queues.map((stage) => getQueueToken(QUEUES[stage]));
    return {
      module: PipelineQueuesModule,
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            connection: redisOptionsFromUrl(config.redisUrl, options.role),
            prefix: config.queuePrefix,
          }),
        }),
        ...options.queues.map((stage) => BullModule.registerQueue({ name: QUEUES[stage] })),
      ],
      providers: [
        {
          provide: PIPELINE_REDIS,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => new Redis(redisOptionsFromUrl(config.redisUrl, options.role)),
        },
        {
          provide: RedisLifecycle,
          inject: [PIPELINE_REDIS, ...queueTokens],
          useFactory: (redis: Redis, ...queues: Queue[]) => new RedisLifecycle(redis, ...queues),
        },
        {
          provide: StatusStore,
          inject: [PIPELINE_REDIS, APP_CONFIG],
          useFactory: (redis: Redis, config: AppConfig) => new StatusStore(redis, config.queuePrefix),
        },
        {
          provide: BlobStore,
          inject: [PIPELINE_REDIS, APP_CONFIG],
          useFactory: (redis: Redis, config: AppConfig) => new BlobStore(redis, config.queuePrefix),
        },
        {
          provide: PipelineProducer,
          inject: [StatusStore, APP_CONFIG, ...queueTokens],
          useFactory: (status: StatusStore, config: AppConfig, ...queues: Queue[]) =>
            new PipelineProducer(Object.fromEntries(options.queues.map((stage, i) => [stage, queues[i]])), status, config),
        },
      ],
      exports: [BullModule, PIPELINE_REDIS, StatusStore, BlobStore, PipelineProducer],
    };
  }
}
