import type { RedisOptions } from 'ioredis';

/**
 * ioredis options from a redis:// URL.
 * - producer: fails fast when Redis is down (no offline queue, one retry), so the
 *   gateway can answer 503 instead of hanging or claiming to have accepted a file;
 * - worker: waits for Redis forever, as BullMQ workers require (maxRetriesPerRequest null).
 */
export function redisOptionsFromUrl(url: string, role: 'producer' | 'worker'): RedisOptions {
  const parsed = new URL(url);
  const options: RedisOptions = {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
  };
  if (role === 'producer') {
    return { ...options, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 };
  }
  return { ...options, maxRetriesPerRequest: null };
}
