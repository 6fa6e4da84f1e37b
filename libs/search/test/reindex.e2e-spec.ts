import type { Client } from '@elastic/elasticsearch';
import { BulkIndexer } from '../src/bulk-indexer';
import { IndexManager } from '../src/index-manager';
import { indexNames } from '../src/index-names';
import { SearchService } from '../src/search-service';
import { toIndexDocument } from '../src/to-index-document';
import { connectEs, loadSeedDocuments, makeDocument, uniqueAlias } from './fixtures';

describe('reindexToNewVersion on the real Elasticsearch', () => {
  let client: Client;
  let manager: IndexManager;

  beforeAll(async () => {
    client = await connectEs();
    manager = new IndexManager(client, indexNames(uniqueAlias()));
    await manager.ensure();
  });

  afterAll(async () => {
    await manager?.deleteAll();
    await client?.close();
  });

  it('copies every document to v2 and swaps the alias while every search keeps finding all of them', async () => {
    const alias = manager.names.alias;
    const seeds = loadSeedDocuments();
    const filler = Array.from({ length: 395 }, (_, i) => makeDocument(`filler-${i}`, [`خبر رقم ${i} عن الاقتصاد في المنطقة`]));
    const docs = [...seeds, ...filler];
    const indexer = new BulkIndexer(client, { index: alias, refresh: 'wait_for' });
    await Promise.all(docs.map((d) => indexer.index(d.id, toIndexDocument(d))));
    await indexer.close();

    const search = new SearchService(client, alias);
    const probe = async () => {
      const [everything, syria] = await Promise.all([search.search({ size: 1 }), search.search({ q: 'بسوريا', size: 1 })]);
      return { total: everything.total, syria: syria.total };
    };
    const baseline = await probe();
    expect(baseline.total).toBe(docs.length);
    expect(baseline.syria).toBeGreaterThan(0);

    // Searches from inside the copy loop (so they certainly overlap it), and a
    // sequential loop beside it whose results are in time order.
    const fromCopyLoop: Promise<{ total: number; syria: number }>[] = [];
    const inOrder: { total: number; syria: number }[] = [];
    let running = true;
    const loop = (async () => {
      while (running) inOrder.push(await probe());
    })();
    // A document written through the alias while the copy runs must not be lost.
    const late = makeDocument('late-1', ['وثيقة كتبت أثناء إعادة الفهرسة']);
    let lateWrite: Promise<unknown> | undefined;
    const result = await manager.reindexToNewVersion({
      batchSize: 25,
      deleteOld: true,
      onProgress: (copied) => {
        fromCopyLoop.push(probe());
        if (copied >= 100 && !lateWrite) {
          const w = new BulkIndexer(client, { index: alias, flushIntervalMs: 1 });
          lateWrite = w.index(late.id, toIndexDocument(late)).finally(() => w.close());
        }
      },
    });
    running = false;
    await loop;
    await lateWrite;

    expect(result).toMatchObject({ from: manager.names.versioned(1), to: manager.names.versioned(2), copied: docs.length });
    expect(result.caughtUp).toBeGreaterThanOrEqual(1);
    const overlapping = await Promise.all(fromCopyLoop);
    expect(overlapping.length).toBe(Math.ceil(docs.length / 25));
    for (const s of [...overlapping, ...inOrder]) {
      // Before the late write lands there are docs.length documents, after it one more.
      expect([docs.length, docs.length + 1]).toContain(s.total);
      expect(s.syria).toBe(baseline.syria);
    }
    // Once visible, the late document stays visible (no gap around the swap).
    const firstSeen = inOrder.findIndex((s) => s.total === docs.length + 1);
    if (firstSeen >= 0) expect(inOrder.slice(firstSeen).every((s) => s.total === docs.length + 1)).toBe(true);
    expect(inOrder.length).toBeGreaterThan(1);

    expect(await manager.aliasedIndices()).toEqual([manager.names.versioned(2)]);
    expect(await client.indices.exists({ index: manager.names.versioned(1) })).toBe(false);
    const after = await probe();
    expect(after.total).toBe(docs.length + 1);
    expect((await client.get({ index: alias, id: late.id })).found).toBe(true);

    // The new index is writable through the alias and refreshes again.
    const settings = await client.indices.getSettings({ index: manager.names.versioned(2), flat_settings: true });
    expect(settings[manager.names.versioned(2)].settings!['index.refresh_interval']).toBeUndefined();
  });

  it('keeps the configured shards and replicas: in the template, at every start, through a reindex', async () => {
    const configured = new IndexManager(client, indexNames(uniqueAlias()), { shards: 2, replicas: 1 });
    const layout = async (index: string) => {
      const { [index]: s } = await client.indices.getSettings({ index, flat_settings: true });
      return { shards: Number(s.settings!['index.number_of_shards']), replicas: Number(s.settings!['index.number_of_replicas']) };
    };
    try {
      const first = await configured.ensure();
      expect(await layout(first)).toEqual({ shards: 2, replicas: 1 });
      // Changed by hand, then the indexer restarts: the configuration wins again.
      await client.indices.putSettings({ index: first, settings: { number_of_replicas: 0 } });
      await configured.ensure();
      expect(await layout(first)).toEqual({ shards: 2, replicas: 1 });
      const { to } = await configured.reindexToNewVersion({ deleteOld: true });
      expect(await layout(to)).toEqual({ shards: 2, replicas: 1 });
    } finally {
      await configured.deleteAll();
    }
  });
});
