import type { RedisClient } from './redis-options';
import { redisKeys } from './redis-keys';

/** Uploaded bytes wait here for the fetcher, which may run on another machine. */
export class BlobStore {
  /** Kept until fetched; the TTL only guards against documents that never are. */
  static readonly TTL_SECONDS = 7 * 24 * 3600;

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  key(docId: string): string {
    return redisKeys.blob(this.prefix, docId);
  }

  async put(docId: string, bytes: Buffer): Promise<string> {
    const key = this.key(docId);
    await this.redis.set(key, bytes, 'EX', BlobStore.TTL_SECONDS);
    return key;
  }

  async get(key: string): Promise<Buffer | null> {
    return this.redis.getBuffer(key);
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(key);
  }
}
