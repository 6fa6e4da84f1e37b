import { randomUUID } from 'node:crypto';
import type { RedisClient } from '@app/queue';

export interface HostGateOptions {
  /** Fetches of one host in flight at once, across every fetcher process. */
  maxConcurrent: number;
  /** Least time between the starts of two fetches of one host (ms). */
  minDelayMs: number;
  /** A slot held longer than this is taken back (its fetcher died). */
  leaseMs: number;
  /** Longest a fetch waits at the gate before giving up with a retryable error (ms). */
  maxWaitMs: number;
}

export const DEFAULT_HOST_GATE: HostGateOptions = { maxConcurrent: 2, minDelayMs: 1000, leaseMs: 60_000, maxWaitMs: 30_000 };

/**
 * Takes a slot for one host: 0 when taken, else how long to wait (ms). Two keys of one
 * hash tag ({host}), so it runs on a Redis Cluster too: the leases (a sorted set, score =
 * expiry) and the earliest time of the next start. Redis's own clock, so every fetcher agrees.
 */
const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local maxActive, delay, lease = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local nextAt = tonumber(redis.call('GET', KEYS[2]) or '0')
if nextAt > now then return nextAt - now end
if redis.call('ZCARD', KEYS[1]) >= maxActive then
  local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return math.max(20, math.min(tonumber(first[2]) - now, 250))
end
redis.call('ZADD', KEYS[1], now + lease, ARGV[4])
redis.call('PEXPIRE', KEYS[1], lease)
if delay > 0 then redis.call('SET', KEYS[2], now + delay, 'PX', delay) end
return 0`;

/** Pushes the next start of a host back (a Retry-After), never forward. */
const HOLD_OFF = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local untilAt = now + tonumber(ARGV[1])
local nextAt = tonumber(redis.call('GET', KEYS[1]) or '0')
if untilAt > nextAt then redis.call('SET', KEYS[1], untilAt, 'PX', tonumber(ARGV[1])) end
return untilAt - now`;

export class HostBusyError extends Error {
  override readonly name = 'HostBusyError';
  readonly retryable = true;
}

/** Per-host politeness shared by every fetcher through Redis: concurrency, spacing, Retry-After. */
export class HostGate {
  constructor(
    private readonly redis: RedisClient,
    private readonly keyPrefix: string,
    private readonly options: HostGateOptions = DEFAULT_HOST_GATE,
  ) {}

  /** Runs `work` when the host allows it, holding one of its slots meanwhile. */
  async run<T>(host: string, work: () => Promise<T>): Promise<T> {
    const token = randomUUID();
    const [leases, next] = this.keys(host);
    const deadline = Date.now() + this.options.maxWaitMs;
    for (;;) {
      const wait = Number(
        await this.redis.eval(ACQUIRE, 2, leases, next, this.options.maxConcurrent, this.options.minDelayMs, this.options.leaseMs, token),
      );
      if (wait === 0) break;
      if (Date.now() + wait > deadline) throw new HostBusyError(`${host} is being fetched as fast as its politeness limits allow; try again later`);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    try {
      return await work();
    } finally {
      await this.redis.zrem(leases, token).catch(() => undefined);
    }
  }

  /** No fetch of `host` starts for `ms` (the server said Retry-After). */
  async holdOff(host: string, ms: number): Promise<void> {
    await this.redis.eval(HOLD_OFF, 1, this.keys(host)[1], Math.max(1, Math.round(ms)));
  }

  private keys(host: string): [string, string] {
    const tag = `${this.keyPrefix}:host:{${host.toLowerCase()}}`;
    return [`${tag}:leases`, `${tag}:next`];
  }
}
