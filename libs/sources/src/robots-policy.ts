import robotsParser from 'robots-parser';
import { fetchUrl, FetchError, type FetchUrlOptions } from '@app/fetching';
import type { RedisClient } from '@app/queue';

/** A robots.txt is re-read once a day (RFC 9309 §2.4 allows caching up to 24 hours). */
const CACHE_MS = 24 * 3600_000;
/** An unreachable robots.txt means "disallow everything" (RFC 9309 §2.3.1.4): asked again sooner. */
const UNREACHABLE_CACHE_MS = 10 * 60_000;
/** Crawlers must parse at least 500 KiB (RFC 9309 §2.5). */
const MAX_ROBOTS_BYTES = 512 * 1024;

/** What robots.txt says of a URL, read once per host and kept in Redis for every fetcher. */
export class RobotsPolicy {
  constructor(
    private readonly redis: RedisClient,
    private readonly keyPrefix: string,
    private readonly userAgent: string,
    private readonly fetchOptions: FetchUrlOptions = {},
  ) {}

  async allows(url: string): Promise<boolean> {
    const u = new URL(url);
    const robotsUrl = `${u.protocol}//${u.host}/robots.txt`;
    const body = await this.robotsTxt(robotsUrl, u.host);
    if (body === null) return false;
    // robots-parser matches groups by the product token of the user agent.
    return robotsParser(robotsUrl, body).isAllowed(url, this.userAgent) ?? true;
  }

  /** The robots.txt text ('' when there is none), or null when it could not be read (disallow). */
  private async robotsTxt(robotsUrl: string, host: string): Promise<string | null> {
    const key = `${this.keyPrefix}:robots:{${host.toLowerCase()}}`;
    const cached = await this.redis.get(key);
    if (cached !== null) return cached === '\u0000unreachable' ? null : cached;
    let body: string | null;
    try {
      const res = await fetchUrl(robotsUrl, { ...this.fetchOptions, userAgent: this.userAgent, maxBytes: MAX_ROBOTS_BYTES });
      body = res.bytes.toString('utf8');
    } catch (err) {
      // 4xx (none published, or forbidden to read): everything is allowed (RFC 9309 §2.3.1.3); 5xx or no answer: nothing is.
      const status = err instanceof FetchError && /^http_4\d\d$/.test(err.code) ? 'missing' : 'unreachable';
      body = status === 'missing' ? '' : null;
      if (err instanceof FetchError && err.code === 'too_large') body = '';
    }
    await this.redis.set(key, body ?? '\u0000unreachable', 'PX', body === null ? UNREACHABLE_CACHE_MS : CACHE_MS);
    return body;
  }
}
