import type { Redis, Cluster } from 'ioredis';
import { documentFingerprint, historyHashes, type SiteHistory, type SiteLineStats } from './site-history';

export interface RedisSiteHistoryOptions {
  /**
   * Prefix of every key, e.g. "pipeline:strip:"; keys are `<prefix>site:{<site>}:lines|docs|seen`:
   * the site is a hash tag, so on a Redis Cluster the record script's three keys share a
   * slot while different sites spread over the masters.
   */
  prefix: string;
  /** A site's keys expire this long after its last recorded document (default 30 days). */
  ttlSeconds?: number;
  /** Most distinct lines kept per site; the least frequent go first (default 20000). */
  maxLinesPerSite?: number;
  /** Most document fingerprints remembered per site for de-duplication (default 5000). */
  maxDocsRemembered?: number;
}

/**
 * One document's update, atomic: skip a fingerprint already seen, count the document,
 * add one to each of its lines, trim to the caps (rarest lines, oldest fingerprints
 * first, down to 90% so trimming is not paid on every call) and refresh the TTL.
 * KEYS: lines (zset hash->count), docs (counter), seen (zset fingerprint->time).
 * ARGV: fingerprint, now, ttl, maxLines, maxSeen, hashes...
 */
const RECORD_SCRIPT = `
if redis.call('ZSCORE', KEYS[3], ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[3], ARGV[2], ARGV[1])
local seenCap = tonumber(ARGV[5])
local seen = redis.call('ZCARD', KEYS[3])
if seen > seenCap then redis.call('ZREMRANGEBYRANK', KEYS[3], 0, seen - math.floor(seenCap * 0.9) - 1) end
for i = 6, #ARGV do redis.call('ZINCRBY', KEYS[1], 1, ARGV[i]) end
redis.call('INCR', KEYS[2])
local cap = tonumber(ARGV[4])
local n = redis.call('ZCARD', KEYS[1])
if n > cap then redis.call('ZREMRANGEBYRANK', KEYS[1], 0, n - math.floor(cap * 0.9) - 1) end
for i = 1, 3 do redis.call('EXPIRE', KEYS[i], ARGV[3]) end
return 1
`;

/** SiteHistory in Redis: survives restarts, shared by all stripper workers, bounded per site. */
export class RedisSiteHistory implements SiteHistory {
  private readonly ttl: number;
  private readonly maxLines: number;
  private readonly maxSeen: number;

  constructor(
    private readonly redis: Redis | Cluster,
    private readonly options: RedisSiteHistoryOptions,
  ) {
    this.ttl = options.ttlSeconds ?? 30 * 24 * 3600;
    this.maxLines = options.maxLinesPerSite ?? 20000;
    this.maxSeen = options.maxDocsRemembered ?? 5000;
  }

  /** Redis keys of one site's statistics. */
  keys(site: string): { lines: string; docs: string; seen: string } {
    // Braces inside the site would end the hash tag early.
    const base = `${this.options.prefix}site:{${site.replace(/[\s{}]+/g, '-')}}`;
    return { lines: `${base}:lines`, docs: `${base}:docs`, seen: `${base}:seen` };
  }

  async lookup(site: string, lines: readonly string[]): Promise<SiteLineStats> {
    const keys = this.keys(site);
    const hashes = historyHashes(lines);
    const counts = new Map<string, number>();
    // One round trip: the site's document count and the counts of this page's lines.
    const pipeline = this.redis.pipeline().get(keys.docs);
    if (hashes.length > 0) pipeline.zmscore(keys.lines, ...hashes);
    const results = (await pipeline.exec()) ?? [];
    for (const [error] of results) if (error) throw error;
    const docCount = Number(results[0]?.[1] ?? 0);
    const scores = (results[1]?.[1] ?? []) as Array<string | null>;
    scores.forEach((score, i) => {
      if (score !== null) counts.set(hashes[i], Number(score));
    });
    return { docCount, counts };
  }

  async record(site: string, lines: readonly string[]): Promise<void> {
    const hashes = historyHashes(lines);
    if (hashes.length === 0) return;
    const keys = this.keys(site);
    await this.redis.eval(
      RECORD_SCRIPT,
      3,
      keys.lines,
      keys.docs,
      keys.seen,
      documentFingerprint(hashes),
      Date.now(),
      this.ttl,
      this.maxLines,
      this.maxSeen,
      ...hashes,
    );
  }
}
