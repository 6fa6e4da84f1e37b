import { once } from 'node:events';
import { DynamicModule, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { BullModule, getQueueToken, getSharedConfigToken, } from '@nestjs/bullmq';
import type { Queue, QueueOptions } from 'bullmq';
import { Cluster } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { QUEUES, type Stage } from '@app/contracts';
import { bullConnection, createRedisClient, type RedisClient } from './redis-options';
import { redisKeys } from './redis-keys';
import { StatusStore } from './status-store';
import { BlobStore } from './blob-store';
import { DocumentActivity } from './document-activity';
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

  constructor(
    private readonly redis: RedisClient,
    private readonly bull: QueueOptions,
    ...queues: Queue[]
  ) {
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
    // BullMQ leaves a shared Cluster open; its workers have closed by now.
    const shared = this.bull.connection;
    if (shared instanceof Cluster) await shared.quit().catch(() => shared.disconnect());
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
        // Options for one node or Sentinel; for a cluster one Cluster instance shared by all queues.
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({ connection: bullConnection(config, options.role) }),
        }),
        // Each queue's prefix carries its own hash tag (see redis-keys.ts); workers take it from here.
        ...options.queues.map((stage) =>
          BullModule.registerQueueAsync({
            name: QUEUES[stage],
            inject: [APP_CONFIG],
            useFactory: (config: AppConfig) => ({ prefix: redisKeys.queuePrefix(config.queuePrefix, QUEUES[stage]) }),
          }),
        ),
      ],
      providers: [
        {
          provide: PIPELINE_REDIS,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => createRedisClient(config, options.role),
        },
        {
          provide: RedisLifecycle,
          inject: [PIPELINE_REDIS, getSharedConfigToken(), ...queueTokens],
          useFactory: (redis: RedisClient, bull: QueueOptions, ...queues: Queue[]) => new RedisLifecycle(redis, bull, ...queues),
        },
        {
          provide: StatusStore,
          inject: [PIPELINE_REDIS, APP_CONFIG],
          useFactory: (redis: RedisClient, config: AppConfig) => new StatusStore(redis, config.queuePrefix),
        },
        {
          provide: BlobStore,
          inject: [PIPELINE_REDIS, APP_CONFIG],
          useFactory: (redis: RedisClient, config: AppConfig) => new BlobStore(redis, config.queuePrefix),
        },
        {
          provide: DocumentActivity,
          inject: [PIPELINE_REDIS, APP_CONFIG],
          useFactory: (redis: RedisClient, config: AppConfig) => new DocumentActivity(redis, config.queuePrefix),
        },
        {
          provide: PipelineProducer,
          inject: [StatusStore, APP_CONFIG, ...queueTokens],
          useFactory: (status: StatusStore, config: AppConfig, ...queues: Queue[]) =>
            new PipelineProducer(Object.fromEntries(options.queues.map((stage, i) => [stage, queues[i]])), status, config),
        },
      ],
      exports: [BullModule, PIPELINE_REDIS, StatusStore, BlobStore, DocumentActivity, PipelineProducer],
    };
  }
}
