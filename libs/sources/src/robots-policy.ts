import robotsParser from 'robots-parser';
import { fetchUrl, FetchError, type FetchUrlOptions } from '@app/fetching';
import type { RedisClient } from '@app/queue';

/** A robots.txt is re-read once a day (RFC 9309 §2.4 allows caching up to 24 hours). */
const CACHE_MS = 24 * 3600_000;
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

  /**
   * Throws when robots.txt cannot be read: a network failure or 5xx means "nothing may be
   * fetched yet" (RFC 9309 §2.3.1.4), so the error stays retryable; an address the SSRF
   * rules refuse fails as it would for the article itself.
   */
  async allows(url: string): Promise<boolean> {
    const u = new URL(url);
    const robotsUrl = `${u.protocol}//${u.host}/robots.txt`;
    const body = await this.robotsTxt(robotsUrl, u.host);
    // robots-parser matches groups by the product token of the user agent.
    return robotsParser(robotsUrl, body).isAllowed(url, this.userAgent) ?? true;
  }

  /** The robots.txt text, '' when there is none (or it is too large to be one). */
  private async robotsTxt(robotsUrl: string, host: string): Promise<string> {
    const key = `${this.keyPrefix}:robots:{${host.toLowerCase()}}`;
    const cached = await this.redis.get(key);
    if (cached !== null) return cached;
    let body: string;
    try {
      const res = await fetchUrl(robotsUrl, { ...this.fetchOptions, userAgent: this.userAgent, maxBytes: MAX_ROBOTS_BYTES });
      body = res.bytes.toString('utf8');
    } catch (err) {
      // 4xx (none published, or forbidden to read): everything is allowed (RFC 9309 §2.3.1.3).
      if (!(err instanceof FetchError) || !(/^http_4\d\d$/.test(err.code) || err.code === 'too_large')) throw unreadable(err as Error, host, robotsUrl);
      body = '';
    }
    await this.redis.set(key, body, 'PX', CACHE_MS);
    return body;
  }
}

/** Not cached: the next attempt (backed off by the queue) asks again. */
function unreadable(err: Error, host: string, robotsUrl: string): Error {
  if (!(err instanceof FetchError) || !err.retryable) return err;
  const wrapped = new FetchError(err.code, `${host}'s robots.txt could not be read, so nothing is fetched from it yet: ${err.message}`, robotsUrl);
  wrapped.retryAfterMs = err.retryAfterMs;
  return wrapped;
}
