import { gunzipSync } from 'node:zlib';
import { decodeBytes, FetchError, type FetchedResponse } from '@app/fetching';
import { parseFeed, type FeedEntry, type ParsedFeed } from './feed-parser';
import type { PoliteFetcher } from './polite-fetcher';
import type { SeenStamp, Source, SourceStore } from './source-store';

/** An article a poll hands to the pipeline: new, or listed again with a newer date (re-fetch: a new version if its text changed). */
export interface ListedArticle {
  url: string;
  refetch: boolean;
}

export type EnqueueArticles = (sourceId: string, articles: ListedArticle[]) => Promise<void>;

export type PollReport =
  | { outcome: 'skipped'; reason: 'removed' | 'backing_off' }
  | { outcome: 'not_modified' }
  | { outcome: 'polled'; listed: number; queued: number; refetched: number; effectiveIntervalMinutes: number }
  | { outcome: 'failed'; error: string; retryAt: string };

/** A sitemap index lists sitemaps; a poll reads at most this many of them (newest first). */
const MAX_CHILD_SITEMAPS = 20;
/** A listing longer than this is read in its first entries only (feeds list newest first). */
const MAX_ENTRIES_PER_POLL = 2000;
/** Back-off after consecutive errors doubles from one interval up to a day. */
const MAX_BACKOFF_MS = 24 * 3600_000;

/**
 * One poll of one source: a conditional GET, the listing parsed, the articles it has
 * not listed before (or lists with a newer date) handed to the pipeline, and the
 * source's state written back. Errors never throw: they back the source off and stay
 * visible as its state and last error.
 */
export class SourcePoller {
  constructor(
    private readonly store: SourceStore,
    private readonly fetcher: PoliteFetcher,
    private readonly enqueue: EnqueueArticles,
  ) {}

  async poll(id: string, now = new Date()): Promise<PollReport> {
    const source = await this.store.get(id);
    if (!source) return { outcome: 'skipped', reason: 'removed' };
    if (source.nextPollAfter && now < new Date(source.nextPollAfter)) return { outcome: 'skipped', reason: 'backing_off' };
    try {
      return await this.read(source, now);
    } catch (err) {
      return this.failed(source, err as Error, now);
    }
  }

  private async read(source: Source, now: Date): Promise<PollReport> {
    const response = await this.fetcher.fetch(source.url, { headers: validators(source), acceptNotModified: true });
    const polled = { lastPolledAt: now.toISOString(), lastSuccessAt: now.toISOString(), state: 'ok' as const, consecutiveErrors: 0 };
    if (response.status === 304) {
      await this.store.update(source.id, polled, ['lastError', 'nextPollAfter']);
      return { outcome: 'not_modified' };
    }
    const feed = parseListing(response);
    const entries = feed.kind === 'sitemap-index' ? await this.childEntries(feed) : feed.entries;
    const { articles, stamps } = await this.newArticles(source.id, entries);
    await this.enqueue(source.id, articles);
    await this.store.markSeen(source.id, stamps);
    await this.store.countQueued(source.id, articles.length);
    const effectiveIntervalMinutes = Math.max(source.intervalMinutes, Math.ceil(feed.minPollMinutes ?? 0));
    await this.store.update(
      source.id,
      { ...polled, kind: feed.kind, title: feed.title, etag: response.etag, lastModified: response.lastModified, effectiveIntervalMinutes },
      ['lastError', 'nextPollAfter', ...(response.etag ? [] : ['etag' as const]), ...(response.lastModified ? [] : ['lastModified' as const])],
    );
    const refetched = articles.filter((a) => a.refetch).length;
    return { outcome: 'polled', listed: entries.length, queued: articles.length - refetched, refetched, effectiveIntervalMinutes };
  }

  /** The sitemaps an index lists, newest first; one that fails is skipped, all failing is an error. */
  private async childEntries(index: ParsedFeed): Promise<FeedEntry[]> {
    const children = [...index.entries].sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '')).slice(0, MAX_CHILD_SITEMAPS);
    const entries: FeedEntry[] = [];
    let lastError: Error | undefined;
    for (const child of children) {
      try {
        const feed = parseListing(await this.fetcher.fetch(child.url));
        if (feed.kind !== 'sitemap-index') entries.push(...feed.entries);
      } catch (err) {
        lastError = err as Error;
      }
    }
    if (entries.length === 0 && lastError) throw new Error(`every sitemap of the index failed; last: ${lastError.message}`);
    return entries;
  }

  /** Entries never listed before, and those listed again with another date (edited articles). */
  private async newArticles(sourceId: string, entries: FeedEntry[]): Promise<{ articles: ListedArticle[]; stamps: Map<string, SeenStamp> }> {
    const byUrl = new Map<string, SeenStamp>();
    for (const entry of entries.slice(0, MAX_ENTRIES_PER_POLL)) {
      if (!byUrl.has(entry.url)) byUrl.set(entry.url, entry.updatedAt ?? entry.publishedAt ?? '');
    }
    const urls = [...byUrl.keys()];
    const before = await this.store.seen(sourceId, urls);
    const articles: ListedArticle[] = [];
    const stamps = new Map<string, SeenStamp>();
    urls.forEach((url, i) => {
      const stamp = byUrl.get(url)!;
      const previous = before[i];
      if (previous === undefined) articles.push({ url, refetch: false });
      else if (stamp && stamp !== previous) articles.push({ url, refetch: true });
      else return;
      stamps.set(url, stamp);
    });
    return { articles, stamps };
  }

  private async failed(source: Source, err: Error, now: Date): Promise<PollReport> {
    const errors = source.consecutiveErrors + 1;
    const intervalMs = source.effectiveIntervalMinutes * 60_000;
    // The scheduler fires every interval; skipping polls until retryAt doubles the gap per error.
    let backoffMs = Math.min(intervalMs * (2 ** (errors - 1) - 1), MAX_BACKOFF_MS);
    if (err instanceof FetchError && err.retryAfterMs !== undefined) backoffMs = Math.max(backoffMs, err.retryAfterMs);
    const retryAt = new Date(now.getTime() + backoffMs).toISOString();
    await this.store.update(source.id, {
      state: 'backing_off',
      consecutiveErrors: errors,
      lastError: err.message,
      lastPolledAt: now.toISOString(),
      nextPollAfter: retryAt,
    });
    return { outcome: 'failed', error: err.message, retryAt };
  }
}

function validators(source: Source): Record<string, string> {
  const headers: Record<string, string> = {};
  if (source.etag) headers['if-none-match'] = source.etag;
  if (source.lastModified) headers['if-modified-since'] = source.lastModified;
  return headers;
}

/** Bytes of a feed or sitemap (gzipped sitemaps too) -> its entries. */
export function parseListing(response: Pick<FetchedResponse, 'bytes' | 'charset' | 'finalUrl'>): ParsedFeed {
  let bytes = response.bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes, { maxOutputLength: 50 * 1024 * 1024 });
  // The XML declaration names the charset when the HTTP header does not.
  const declared = response.charset ?? /^\s*<\?xml[^>]*encoding=["']([\w.:-]+)["']/i.exec(bytes.subarray(0, 200).toString('latin1'))?.[1];
  return parseFeed(decodeBytes(bytes, declared).text, response.finalUrl);
}
