import { randomUUID } from 'node:crypto';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from '@elastic/elasticsearch';
import { Cluster } from 'ioredis';
import request from 'supertest';
import { loadConfig, type AppConfig } from '@app/config';
import { IndexManager, createEsClient, indexNames } from '@app/search';
import { createRedisClient, type RedisClient } from '@app/queue';
import type { DocumentState } from '@app/contracts';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { GatewayModule } from '../../apps/gateway/src/gateway.module';
import { configureGateway } from '../../apps/gateway/src/configure-gateway';
import { FetcherModule } from '../../apps/fetcher/src/fetcher.module';
import { StripperModule } from '../../apps/stripper/src/stripper.module';
import { TaggerModule } from '../../apps/tagger/src/tagger.module';
import { IndexerModule } from '../../apps/indexer/src/indexer.module';

export interface RunningPipeline {
  config: AppConfig;
  gateway: INestApplication;
  http: ReturnType<INestApplication['getHttpServer']>;
  es: Client;
  redis: RedisClient;
  stop(): Promise<void>;
}

const WORKER_MODULES = { fetcher: FetcherModule, stripper: StripperModule, tagger: TaggerModule, indexer: IndexerModule };
export type WorkerName = keyof typeof WORKER_MODULES;

/**
 * Boots the gateway and the four stage apps in this process against the real
 * Redis and Elasticsearch, under a queue prefix and index alias of their own, so
 * test files never see each other's jobs or documents.
 */
export async function startPipeline(
  overrides: Partial<AppConfig> = {},
  workers: WorkerName[] = ['fetcher', 'stripper', 'tagger', 'indexer'],
): Promise<RunningPipeline> {
  const runId = randomUUID().slice(0, 8);
  const config: Partial<AppConfig> = {
    queuePrefix: `test-${runId}`,
    indexAlias: `test-news-${runId}`,
    indexRefresh: 'wait_for',
    logLevel: process.env.LOG_LEVEL ?? 'warn',
    ...overrides,
  };
  const gateway = await NestFactory.create<NestExpressApplication>(GatewayModule.register(config), { logger: ['error'] });
  configureGateway(gateway);
  await gateway.init();
  const contexts = await startWorkers(config, workers);
  const full = { ...loadConfig(process.env), ...config } as AppConfig;
  const es = createEsClient({ nodes: full.elasticsearchNodes });
  const redis = createRedisClient(full, 'worker');
  return {
    config: full,
    gateway,
    http: gateway.getHttpServer(),
    es,
    redis,
    async stop() {
      for (const context of contexts) await context.close();
      await gateway.close();
      if (redis.status === 'ready') await cleanRedis(redis, full.queuePrefix);
      // By name: Elasticsearch 9 refuses wildcard deletes.
      await new IndexManager(es, indexNames(full.indexAlias)).deleteAll();
      redis.disconnect();
      await es.close();
    },
  };
}

/** Starts stage apps (as separate Nest contexts, as they would be separate processes). */
export async function startWorkers(config: Partial<AppConfig>, workers: WorkerName[]): Promise<INestApplicationContext[]> {
  const contexts: INestApplicationContext[] = [];
  for (const name of workers) {
    contexts.push(await NestFactory.createApplicationContext(WORKER_MODULES[name].register(config), { logger: ['error'] }));
  }
  return contexts;
}

/** Keys matching `pattern`: SCAN walks one node, so on a cluster every master is walked. */
export async function scanKeys(redis: RedisClient, pattern: string): Promise<string[]> {
  const nodes = redis instanceof Cluster ? redis.nodes('master') : [redis];
  const found: string[] = [];
  for (const node of nodes) {
    let cursor = '0';
    do {
      const [next, keys] = await node.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      found.push(...keys);
      cursor = next;
    } while (cursor !== '0');
  }
  return found;
}

async function cleanRedis(redis: RedisClient, prefix: string): Promise<void> {
  const keys = await scanKeys(redis, `${prefix}:*`);
  // On a cluster a multi-key DEL must stay within one slot, so one key per DEL there.
  if (redis instanceof Cluster) for (const key of keys) await redis.del(key);
  else for (let i = 0; i < keys.length; i += 1000) await redis.del(...keys.slice(i, i + 1000));
}

const FINAL_STATES: DocumentState[] = ['indexed', 'failed', 'rejected'];

/** Polls GET /documents/:id until the document reaches a final state or the deadline passes. */
export async function waitForDocument(
  http: RunningPipeline['http'],
  id: string,
  { timeoutMs = 60000, states = FINAL_STATES }: { timeoutMs?: number; states?: DocumentState[] } = {},
): Promise<Record<string, any>> {
  const deadline = Date.now() + timeoutMs;
  let last: Record<string, any> | undefined;
  while (Date.now() < deadline) {
    const response = await request(http).get(`/documents/${id}`);
    if (response.status === 200) {
      last = response.body;
      if (states.includes(response.body.state)) return response.body;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`document ${id} did not reach ${states.join('/')} in ${timeoutMs} ms; last status: ${JSON.stringify(last)}`);
}
