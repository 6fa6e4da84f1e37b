import { fetchUrl, FetchError, type FetchedResponse, type FetchUrlOptions } from '@app/fetching';
import type { RedisClient } from '@app/queue';
import { HostGate, type HostGateOptions } from './host-gate';
import { RobotsPolicy } from './robots-policy';

export interface PoliteFetcherOptions extends FetchUrlOptions {
  userAgent: string;
  /** Honour robots.txt (default true). */
  obeyRobots?: boolean;
  hostGate?: HostGateOptions;
}

/**
 * The one way the pipeline downloads from the web: robots.txt first, then a slot of the
 * host's shared politeness gate, then the SSRF-safe fetchUrl; a Retry-After answer holds
 * the whole host off for every fetcher.
 */
export class PoliteFetcher {
  private readonly gate: HostGate;
  private readonly robots: RobotsPolicy;

  constructor(
    redis: RedisClient,
    keyPrefix: string,
    private readonly options: PoliteFetcherOptions,
  ) {
    this.gate = new HostGate(redis, keyPrefix, options.hostGate);
    this.robots = new RobotsPolicy(redis, keyPrefix, options.userAgent, options);
  }

  async fetch(url: string, extra: Pick<FetchUrlOptions, 'headers' | 'acceptNotModified'> = {}): Promise<FetchedResponse> {
    let host: string;
    try {
      host = new URL(url).host;
    } catch {
      throw new FetchError('invalid_url', `${JSON.stringify(url)} is not a valid URL`, url);
    }
    if (this.options.obeyRobots !== false && !(await this.robots.allows(url))) {
      throw new FetchError('robots_disallowed', `${host}'s robots.txt does not allow ${this.options.userAgent} to fetch ${url}`, url);
    }
    return this.gate.run(host, async () => {
      try {
        return await fetchUrl(url, { ...this.options, ...extra });
      } catch (err) {
        if (err instanceof FetchError && err.retryAfterMs !== undefined) await this.gate.holdOff(host, err.retryAfterMs);
        throw err;
      }
    });
  }
}
