import { DynamicModule, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { BullModule, getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { QUEUES, type Stage } from '@app/contracts';
import { redisOptionsFromUrl } from './redis-options';
import { StatusStore } from './status-store';
import { BlobStore } from './blob-store';
import { PipelineProducer } from './pipeline-producer';

/** The pipeline's own ioredis client (status hashes, blobs), beside BullMQ's connections. */
export const PIPELINE_REDIS = Symbol('PIPELINE_REDIS');

export interface PipelineQueuesOptions {
  /** producer: fail fast when Redis is down (gateway); worker: wait for it (stage apps). */
  role: 'producer' | 'worker';
  /** Queues this process adds jobs to or consumes. */
  queues: Stage[];
}

/** Closes the pipeline's Redis client after Nest has closed workers and queues. */
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(PIPELINE_REDIS) private readonly redis: Redis) {}
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
        RedisCloser,
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
          inject: [StatusStore, ...queueTokens],
          useFactory: (status: StatusStore, ...queues: Queue[]) =>
            new PipelineProducer(Object.fromEntries(options.queues.map((stage, i) => [stage, queues[i]])), status),
        },
      ],
      exports: [BullModule, PIPELINE_REDIS, StatusStore, BlobStore, PipelineProducer],
    };
  }
}
