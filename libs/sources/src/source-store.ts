import { createHash } from 'node:crypto';
import type { RedisClient } from '@app/queue';
import type { FeedKind } from './feed-parser';

/** A followed feed or sitemap, as the API shows it. */
export interface Source {
  id: string;
  url: string;
  /** Poll interval the user asked for. */
  intervalMinutes: number;
  /** Interval in force: the user's, or longer when the feed asks for it (<ttl>, <sy:updatePeriod>). */
  effectiveIntervalMinutes: number;
  createdAt: string;
  /** pending: not polled yet; ok: last poll worked; backing_off: failing, polls skipped until nextPollAfter. */
  state: 'pending' | 'ok' | 'backing_off';
  kind?: FeedKind;
  title?: string;
  lastPolledAt?: string;
  lastSuccessAt?: string;
  /** Polls before this time are skipped (back-off after errors). */
  nextPollAfter?: string;
  consecutiveErrors: number;
  lastError?: string;
  /** Articles this source listed and queued (new and changed), over its lifetime. */
  articlesQueued: number;
  /** Conditional GET validators of the last successful answer. */
  etag?: string;
  lastModified?: string;
}

export type SourceUpdate = Partial<Omit<Source, 'id' | 'url' | 'createdAt'>>;

/** What a listing said of one article the last time: its date stamp ('' when it gave none). */
export type SeenStamp = string;

/** A source's id: stable for its URL, so registering the same feed twice gives one source. */
export function sourceIdFor(url: string): string {
  return createHash('sha256').update(`source\n${url}`).digest('hex').slice(0, 16);
}

const NUMBERS = new Set(['intervalMinutes', 'effectiveIntervalMinutes', 'consecutiveErrors', 'articlesQueued']);

/**
 * Sources in Redis: one hash per source and the articles it listed, under the source's own
 * hash tag (`{src:<id>}`, so a cluster keeps them in one slot), plus one set of ids.
 */
export class SourceStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private key(id: string): string {
    return `${this.prefix}:source:{src:${id}}`;
  }

  private seenKey(id: string): string {
    return `${this.prefix}:source:{src:${id}}:seen`;
  }

  private get indexKey(): string {
    return `${this.prefix}:sources`;
  }

  /** Creates the source, or returns the existing one with `created: false` (its interval updated). */
  async add(url: string, intervalMinutes: number): Promise<{ source: Source; created: boolean }> {
    const id = sourceIdFor(url);
    const created = (await this.redis.hsetnx(this.key(id), 'url', url)) === 1;
    if (created) {
      const now = new Date().toISOString();
      await this.redis.hset(this.key(id), { createdAt: now, state: 'pending', consecutiveErrors: 0, articlesQueued: 0 });
    }
    await this.redis.hset(this.key(id), { intervalMinutes, effectiveIntervalMinutes: intervalMinutes });
    await this.redis.sadd(this.indexKey, id);
    return { source: (await this.get(id))!, created };
  }

  async get(id: string): Promise<Source | null> {
    return toSource(id, await this.redis.hgetall(this.key(id)));
  }

  async list(): Promise<Source[]> {
    const ids = (await this.redis.smembers(this.indexKey)).sort();
    const sources = await Promise.all(ids.map((id) => this.get(id)));
    return sources.filter((s): s is Source => s !== null).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async update(id: string, fields: SourceUpdate, clear: Array<keyof SourceUpdate> = []): Promise<void> {
    const values = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
    const multi = this.redis.multi();
    if (Object.keys(values).length) multi.hset(this.key(id), values);
    if (clear.length) multi.hdel(this.key(id), ...clear);
    await multi.exec();
  }

  async countQueued(id: string, n: number): Promise<void> {
    if (n > 0) await this.redis.hincrby(this.key(id), 'articlesQueued', n);
  }

  /** Returns false when there was no such source. */
  async remove(id: string): Promise<boolean> {
    const removed = await this.redis.srem(this.indexKey, id);
    await this.redis.del(this.key(id), this.seenKey(id));
    return removed === 1;
  }

  /** What the source's listings said of these URLs before (undefined: never listed). */
  async seen(id: string, urls: string[]): Promise<Array<SeenStamp | undefined>> {
    if (urls.length === 0) return [];
    const stamps = await this.redis.hmget(this.seenKey(id), ...urls);
    return stamps.map((s) => s ?? undefined);
  }

  async markSeen(id: string, stamps: Map<string, SeenStamp>): Promise<void> {
    if (stamps.size) await this.redis.hset(this.seenKey(id), Object.fromEntries(stamps));
  }
}

function toSource(id: string, fields: Record<string, string>): Source | null {
  if (!fields.url) return null;
  const source: Record<string, unknown> = { id };
  for (const [k, v] of Object.entries(fields)) source[k] = NUMBERS.has(k) ? Number(v) : v;
  return source as unknown as Source;
}
