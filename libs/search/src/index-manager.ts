import { errors, type Client } from '@elastic/elasticsearch';
import { BulkIndexer } from './bulk-indexer';
import { detectCapabilities } from './es-client';
import { buildIndexTemplate, buildSettings, type ClusterCapabilities, type TemplateOptions } from './index-template';
import type { IndexNames } from './index-names';

export interface ReindexOptions {
  /** Documents per page read from the old index and per bulk write. */
  batchSize?: number;
  /** Delete the previous index once the alias points at the new one. */
  deleteOld?: boolean;
  /** Called after each copied page (progress bars, tests). */
  onProgress?: (copied: number) => void;
}

export interface ReindexResult {
  from: string;
  to: string;
  copied: number;
  /** Documents written to the old index while the copy ran, copied after the swap. */
  caughtUp: number;
}

const errorType = (err: unknown): string | undefined =>
  err instanceof errors.ResponseError ? (err.body as { error?: { type?: string } })?.error?.type : undefined;

/**
 * Owns the template, the versioned indices and the alias.  Every method is safe to
 * call from several processes starting at once: the template PUT is idempotent and
 * the first index is created together with its alias in one request, so a loser of
 * the race sees `resource_already_exists_exception` and simply uses the winner's.
 */
export class IndexManager {
  private caps?: ClusterCapabilities;

  constructor(
    private readonly client: Client,
    readonly names: IndexNames,
    private readonly templateOptions: TemplateOptions = {},
  ) {}

  async capabilities(): Promise<ClusterCapabilities> {
    this.caps ??= await detectCapabilities(this.client);
    return this.caps;
  }

  async putTemplate(): Promise<void> {
    await this.client.indices.putIndexTemplate(buildIndexTemplate(this.names, await this.capabilities(), this.templateOptions));
  }

  /** Concrete indices the alias points at now. */
  async aliasedIndices(): Promise<string[]> {
    try {
      return Object.keys(await this.client.indices.getAlias({ name: this.names.alias }));
    } catch (err) {
      if (err instanceof errors.ResponseError && err.statusCode === 404) return [];
      throw err;
    }
  }

  /** Template, first versioned index and alias; returns the index the alias points at. */
  async ensure(): Promise<string> {
    await this.putTemplate();
    const current = await this.aliasedIndices();
    if (current.length > 0) {
      await this.applyReplicas(current[0]);
      return current[0];
    }
    const first = this.names.versioned(1);
    try {
      await this.client.indices.create({ index: first, aliases: { [this.names.alias]: { is_write_index: true } } });
      return first;
    } catch (err) {
      if (errorType(err) === 'resource_already_exists_exception') {
        const now = await this.aliasedIndices();
        if (now.length > 0) return now[0];
        throw new Error(`index ${first} exists but alias ${this.names.alias} does not point at it; fix by hand (it may be a leftover)`);
      }
      if (errorType(err) === 'invalid_alias_name_exception') {
        throw new Error(`cannot create alias ${this.names.alias}: a concrete index has that name (created by a write before the alias existed?)`);
      }
      throw err;
    }
  }

  /**
   * The configured replica count is the one truth: an index made under another
   * setting (or changed by hand) is brought to it, as replicas can change live.
   * Shards cannot; a different shard count takes a reindex.
   */
  private async applyReplicas(index: string): Promise<void> {
    const wanted = this.templateOptions.replicas;
    if (wanted === undefined) return;
    const settings = await this.client.indices.getSettings({ index, name: 'index.number_of_replicas' });
    const live = Number(settings[index]?.settings?.index?.number_of_replicas ?? wanted);
    if (live !== wanted) await this.client.indices.putSettings({ index, settings: { number_of_replicas: wanted } });
  }

  /**
   * Template version the live index was created with (from its mapping `_meta`), or
   * null when there is no index yet.  Lower than TEMPLATE_VERSION: run a reindex.
   */
  async liveTemplateVersion(): Promise<number | null> {
    const [index] = await this.aliasedIndices();
    if (!index) return null;
    const mapping = await this.client.indices.getMapping({ index });
    const meta = mapping[index]?.mappings?._meta as { templateVersion?: number } | undefined;
    return meta?.templateVersion ?? 0;
  }

  /** Drops the alias, every versioned index and the template (tests and teardown). */
  async deleteAll(): Promise<void> {
    // Wildcard deletes are refused (action.destructive_requires_name), so name each index.
    const indices = Object.keys(await this.client.indices.get({ index: this.names.pattern, expand_wildcards: 'all', allow_no_indices: true }));
    if (indices.length > 0) await this.client.indices.delete({ index: indices });
    await this.client.indices.deleteIndexTemplate({ name: this.names.template }, { ignore: [404] });
  }

  /**
   * Copies every document into `<alias>-v(N+1)` (created from the current template)
   * and moves the alias there in one `_aliases` call, so readers always see one
   * complete index.  Needs no `_reindex` module: reads are a point-in-time with
   * search_after, writes are `_bulk`.
   *
   * Writes that land in the old index during the copy are caught up after the swap
   * by their `indexedAt`.  Document ids are content-derived, so a document written
   * twice is the same document and the catch-up cannot resurrect stale content.
   * Not meant to run twice at once for the same alias.
   */
  async reindexToNewVersion(options: ReindexOptions = {}): Promise<ReindexResult> {
    const batchSize = options.batchSize ?? 500;
    const [from] = await this.aliasedIndices();
    if (!from) throw new Error(`alias ${this.names.alias} does not exist; call ensure() first`);

    await this.putTemplate();
    const to = this.names.versioned((await this.highestVersion()) + 1);
    // No refreshes or replicas while bulk-loading; restored (from the template) before the swap.
    await this.client.indices.create({ index: to, settings: { refresh_interval: '-1', number_of_replicas: 0 } });

    const copyStartedAt = new Date(Date.now() - 1000).toISOString(); // 1 s margin for clock skew between writers
    const copied = await this.copy(from, to, { match_all: {} }, batchSize, options.onProgress);

    // First catch-up before the swap, so documents written during the copy are
    // already in the new index when readers move there.
    const preSwapAt = new Date(Date.now() - 1000).toISOString();
    let caughtUp = await this.catchUp(from, to, copyStartedAt, batchSize);
    // null resets refresh to its default (1s); replicas as the template says.
    await this.client.indices.putSettings({
      index: to,
      settings: { refresh_interval: null as unknown as string, number_of_replicas: buildSettings({ analysisCommon: false }, this.templateOptions).number_of_replicas },
    });
    await this.client.indices.refresh({ index: to });
    await this.client.indices.updateAliases({
      actions: [
        { remove: { index: from, alias: this.names.alias } },
        { add: { index: to, alias: this.names.alias, is_write_index: true } },
      ],
    });
    // After the swap nothing new reaches `from`, so this pass is final; it covers the
    // few milliseconds between the first catch-up and the swap.
    caughtUp += await this.catchUp(from, to, preSwapAt, batchSize);

    if (options.deleteOld) await this.client.indices.delete({ index: from });
    return { from, to, copied, caughtUp };
  }

  /** Copies documents indexed into `from` since `since`; refreshes `to` when it copied any. */
  private async catchUp(from: string, to: string, since: string, batchSize: number): Promise<number> {
    await this.client.indices.refresh({ index: from });
    const n = await this.copy(from, to, { range: { indexedAt: { gte: since } } }, batchSize);
    if (n > 0) await this.client.indices.refresh({ index: to });
    return n;
  }

  private async highestVersion(): Promise<number> {
    const indices = await this.client.indices.get({ index: this.names.pattern, expand_wildcards: 'all', allow_no_indices: true, features: ['settings'] });
    return Math.max(0, ...Object.keys(indices).map((i) => this.names.versionOf(i) ?? 0));
  }

  /** Point-in-time pages of `query` from `from`, bulk-written to `to` with their ids. */
  private async copy(
    from: string,
    to: string,
    query: Record<string, unknown>,
    batchSize: number,
    onProgress?: (copied: number) => void,
  ): Promise<number> {
    let pit = (await this.client.openPointInTime({ index: from, keep_alive: '2m' })).id;
    const writer = new BulkIndexer(this.client, { index: to, maxDocs: batchSize, flushIntervalMs: 60_000, concurrency: 1 });
    let copied = 0;
    let searchAfter: unknown[] | undefined;
    try {
      for (;;) {
        const page = await this.client.search({
          pit: { id: pit, keep_alive: '2m' },
          size: batchSize,
          query,
          sort: ['_shard_doc'],
          search_after: searchAfter as never,
          track_total_hits: false,
        });
        pit = page.pit_id ?? pit;
        const hits = page.hits.hits;
        if (hits.length === 0) break;
        // The bulk indexer brings retries on 429 / 5xx; a page is written before the next is read.
        const writes = hits.map((h) => writer.index(h._id!, h._source as object));
        await writer.flush();
        const results = await Promise.allSettled(writes);
        const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        if (failed.length > 0) {
          throw new Error(`reindex ${from} -> ${to}: ${failed.length} documents failed, first: ${(failed[0].reason as Error).message}`);
        }
        copied += hits.length;
        onProgress?.(copied);
        searchAfter = hits[hits.length - 1].sort;
      }
    } finally {
      await this.client.closePointInTime({ id: pit }).catch(() => undefined);
    }
    return copied;
  }
}
