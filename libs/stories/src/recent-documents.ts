import type { LinkedDocument } from './assign-story';

/**
 * Documents this indexer linked in the last minute, found by band and entity keys.
 * Elasticsearch shows a write to searches only after its next refresh (a second by
 * default), so copies arriving together would otherwise miss each other.
 */
export class RecentDocuments {
  private readonly byKey = new Map<string, LinkedDocument[]>();
  private readonly order: Array<{ at: number; keys: string[]; doc: LinkedDocument }> = [];

  constructor(
    private readonly maxAgeMs = 60_000,
    /** A key shared by more documents than this (a country everyone mentions) keeps the newest only. */
    private readonly perKey = 64,
  ) {}

  add(doc: LinkedDocument, keys: string[], now = Date.now()): void {
    this.expire(now);
    this.order.push({ at: now, keys, doc });
    for (const key of keys) {
      const list = this.byKey.get(key) ?? [];
      list.push(doc);
      if (list.length > this.perKey) list.shift();
      this.byKey.set(key, list);
    }
  }

  /** Renames merged stories among the remembered documents. */
  rename(storyIds: readonly string[], to: string): void {
    if (!storyIds.length) return;
    for (const { doc } of this.order) if (storyIds.includes(doc.storyId)) doc.storyId = to;
  }

  candidates(keys: string[], now = Date.now()): LinkedDocument[] {
    this.expire(now);
    const found = new Map<string, LinkedDocument>();
    for (const key of keys) for (const doc of this.byKey.get(key) ?? []) found.set(doc.id, doc);
    return [...found.values()];
  }

  private expire(now: number): void {
    while (this.order.length && now - this.order[0].at > this.maxAgeMs) {
      const { keys, doc } = this.order.shift()!;
      for (const key of keys) {
        const list = this.byKey.get(key);
        if (!list) continue;
        const kept = list.filter((d) => d !== doc);
        if (kept.length) this.byKey.set(key, kept);
        else this.byKey.delete(key);
      }
    }
  }
}
