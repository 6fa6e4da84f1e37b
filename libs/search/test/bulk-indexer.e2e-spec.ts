import type { Client } from '@elastic/elasticsearch';
import { BulkIndexer, BulkItemError } from '../src/bulk-indexer';
import { createEsClient } from '../src/es-client';
import { IndexManager } from '../src/index-manager';
import { indexNames } from '../src/index-names';
import { toIndexDocument } from '../src/to-index-document';
import { ES_URL, connectEs, makeDocument, uniqueAlias } from './fixtures';
import { FaultProxy } from './fault-proxy';

const doc = (id: string, text = `نص الوثيقة ${id}`) => toIndexDocument(makeDocument(id, [text]));

describe('BulkIndexer on the real Elasticsearch', () => {
  let client: Client;
  let manager: IndexManager;
  let alias: string;
  const count = async () => {
    await client.indices.refresh({ index: alias });
    return (await client.count({ index: alias })).count;
  };

  beforeAll(async () => {
    client = await connectEs();
    manager = new IndexManager(client, indexNames(uniqueAlias()));
    alias = manager.names.alias;
    await manager.ensure();
  });


  afterAll(async () => {
    await manager?.deleteAll();
    await client?.close();
  });

  it('reports a document Elasticsearch refuses on that document only', async () => {
    const indexer = new BulkIndexer(client, { index: alias });
    const bad = { ...doc('bad-1'), ingestedAt: 'not a date' };
    const results = await Promise.allSettled([indexer.index('ok-1', doc('ok-1')), indexer.index('bad-1', bad), indexer.index('ok-2', doc('ok-2'))]);
    await indexer.close();
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const err = (results[1] as PromiseRejectedResult).reason as BulkItemError;
    expect(err).toBeInstanceOf(BulkItemError);
    expect(err.id).toBe('bad-1');
    expect(err.status).toBe(400);
    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(/ingestedAt/);
    const found = await client.mget({ index: alias, ids: ['ok-1', 'bad-1', 'ok-2'] });
    expect(found.docs.map((d) => ('found' in d ? d.found : false))).toEqual([true, false, true]);
  });

  it('is idempotent by id: writing a document again replaces it', async () => {
    const indexer = new BulkIndexer(client, { index: alias });
    const before = await count();
    const first = await Promise.all([indexer.index('same-1', doc('same-1')), indexer.flush()]);
    const second = await Promise.all([indexer.index('same-1', doc('same-1', 'نص جديد')), indexer.flush()]);
    expect(first[0].result).toBe('created');
    expect(second[0].result).toBe('updated');
    expect(await count()).toBe(before + 1);
    const stored = await client.get<{ paragraphs: string[] }>({ index: alias, id: 'same-1' });
    expect(stored._source!.paragraphs).toEqual(['نص جديد']);
  });

  it('batches by count and by bytes, and flushes on its own after the interval', async () => {
    const proxy = new FaultProxy(ES_URL);
    const viaProxy = createEsClient({ url: await proxy.start() });
    try {
      const byCount = new BulkIndexer(viaProxy, { index: alias, maxDocs: 2, flushIntervalMs: 60_000 });
      const five = ['c1', 'c2', 'c3', 'c4', 'c5'].map((id) => byCount.index(id, doc(id)));
      await byCount.close();
      await Promise.all(five);
      expect(proxy.bulkRequests).toBe(3);

      proxy.bulkRequests = 0;
      const oneDocBytes = Buffer.byteLength(JSON.stringify(doc('b1'))) + 60;
      const byBytes = new BulkIndexer(viaProxy, { index: alias, maxBytes: oneDocBytes, flushIntervalMs: 60_000 });
      const three = ['b1', 'b2', 'b3'].map((id) => byBytes.index(id, doc(id)));
      await byBytes.close();
      await Promise.all(three);
      expect(proxy.bulkRequests).toBe(3);

      proxy.bulkRequests = 0;
      const byTime = new BulkIndexer(viaProxy, { index: alias, flushIntervalMs: 50 });
      // No flush() call: only the interval can send it.
      await expect(byTime.index('t1', doc('t1'))).resolves.toMatchObject({ id: 't1' });
      expect(proxy.bulkRequests).toBe(1);
    } finally {
      await viaProxy.close();
      await proxy.stop();
    }
  });

  it('retries a throttled or failing request, and throttled items, with backoff', async () => {
    const proxy = new FaultProxy(ES_URL);
    const viaProxy = createEsClient({ url: await proxy.start(), maxRetries: 0 });
    try {
      const indexer = new BulkIndexer(viaProxy, { index: alias, backoffMs: 10 });
      proxy.faults.push({ kind: 'request', status: 429 }, { kind: 'request', status: 503 }, { kind: 'items', status: 429 });
      const results = await Promise.all([indexer.index('r1', doc('r1')), indexer.index('r2', doc('r2')), indexer.flush()]);
      expect(results[0]).toMatchObject({ id: 'r1', attempts: 4 });
      expect(results[1]).toMatchObject({ id: 'r2', attempts: 4 });
      expect(proxy.bulkRequests).toBe(4);
      const found = await client.mget({ index: alias, ids: ['r1', 'r2'] });
      expect(found.docs.every((d) => 'found' in d && d.found)).toBe(true);

      // Attempts run out: the document is rejected, marked retryable.
      const impatient = new BulkIndexer(viaProxy, { index: alias, backoffMs: 10, maxAttempts: 2 });
      proxy.faults.push({ kind: 'items', status: 429 }, { kind: 'items', status: 429 });
      const p = impatient.index('r3', doc('r3'));
      await impatient.flush();
      await expect(p).rejects.toMatchObject({ id: 'r3', status: 429, retryable: true, attempts: 2 });
    } finally {
      await viaProxy.close();
      await proxy.stop();
    }
  });

  it('gives up on an unreachable server with an error the job retries (not a permanent failure)', async () => {
    const down = createEsClient({ url: 'http://127.0.0.1:1', maxRetries: 0 });
    try {
      const indexer = new BulkIndexer(down, { index: alias, backoffMs: 5, maxAttempts: 2 });
      const p = indexer.index('down-1', doc('down-1'));
      await indexer.flush();
      await expect(p).rejects.toMatchObject({ id: 'down-1', status: 0, retryable: true, attempts: 2 });
    } finally {
      await down.close();
    }
  });

  it("refresh 'wait_for' makes a document searchable when its promise resolves", async () => {
    const indexer = new BulkIndexer(client, { index: alias, refresh: 'wait_for' });
    const p = indexer.index('wf-1', doc('wf-1', 'كلمة فريدة جدا'));
    await indexer.flush();
    await p;
    const res = await client.search({ index: alias, query: { match: { 'search.exact': 'فريده' } } });
    expect(res.hits.hits.map((h) => h._id)).toEqual(['wf-1']);
  });
});
