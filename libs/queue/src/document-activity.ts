import type { RedisClient } from './redis-options';
import type { DocumentState, DocumentStatus } from '@app/contracts';
import { redisKeys } from './redis-keys';

export interface ActivityQuery {
  state?: DocumentState;
  /** Only documents registered at or after this time. */
  since: Date;
  page: number;
  size: number;
}

export interface ActivityPage {
  /** Documents in the window with the asked state (all states when none was asked). */
  total: number;
  page: number;
  size: number;
  /** Newest first. */
  documents: DocumentStatus[];
  /** Documents in the window per state, whatever state was asked. */
  counts: Record<DocumentState, number>;
  /** True when the window held more than WINDOW_LIMIT documents: counts cover the newest only. */
  truncated: boolean;
}

/**
 * When each document was registered, in one sorted set (score: epoch ms), so the
 * gateway can list the documents of the last hours without scanning every status.
 * It is only an index: the state shown always comes from the document's status, and
 * an id whose status is gone (expired, deleted) is dropped from the set when met.
 */
export class DocumentActivity {
  /** How many of the newest documents one listing reads at most. */
  static readonly WINDOW_LIMIT = 10_000;
  /** Entries older than this are trimmed (statuses of finished documents expire before). */
  static readonly KEEP_MS = 8 * 24 * 3600 * 1000;

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private get key(): string {
    return redisKeys.registered(this.prefix);
  }

  async record(docIds: string[], at = Date.now()): Promise<void> {
    if (docIds.length === 0) return;
    await this.redis
      .multi()
      .zadd(this.key, ...docIds.flatMap((id) => [at, id]))
      .zremrangebyscore(this.key, '-inf', at - DocumentActivity.KEEP_MS)
      .exec();
  }

  async remove(docId: string): Promise<void> {
    await this.redis.zrem(this.key, docId);
  }

  /** `read` turns ids into statuses (null when unknown): the lifecycle store's batch get. */
  async list(query: ActivityQuery, read: (ids: string[]) => Promise<Array<DocumentStatus | null>>): Promise<ActivityPage> {
    const ids = await this.redis.zrevrangebyscore(this.key, '+inf', query.since.getTime(), 'LIMIT', 0, DocumentActivity.WINDOW_LIMIT + 1);
    const truncated = ids.length > DocumentActivity.WINDOW_LIMIT;
    const window = ids.slice(0, DocumentActivity.WINDOW_LIMIT);
    const statuses = window.length ? await read(window) : [];
    const gone = window.filter((_, i) => statuses[i] === null);
    if (gone.length) await this.redis.zrem(this.key, ...gone);
    const known = statuses.filter((s): s is DocumentStatus => s !== null);
    const counts: Record<DocumentState, number> = { queued: 0, processing: 0, indexed: 0, failed: 0, rejected: 0 };
    for (const s of known) counts[s.state] = (counts[s.state] ?? 0) + 1;
    const matching = query.state ? known.filter((s) => s.state === query.state) : known;
    const start = (query.page - 1) * query.size;
    return { total: matching.length, page: query.page, size: query.size, documents: matching.slice(start, start + query.size), counts, truncated };
  }
}
