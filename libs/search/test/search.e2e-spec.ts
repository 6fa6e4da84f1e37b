import type { Client } from '@elastic/elasticsearch';
import type { ProcessedDocument } from '@app/contracts';
import { BulkIndexer } from '../src/bulk-indexer';
import { IndexManager } from '../src/index-manager';
import { indexNames } from '../src/index-names';
import { SearchService } from '../src/search-service';
import { toIndexDocument } from '../src/to-index-document';
import { connectEs, loadSeedDocuments, makeDocument, uniqueAlias } from './fixtures';

/** Real minimal Elasticsearch: template accepted, Arabic-forgiving search, filters and facets. */
describe('search on the real Elasticsearch', () => {
  let client: Client;
  let manager: IndexManager;
  let search: SearchService;
  const seeds = loadSeedDocuments();
  // Small documents whose words are known, for the spelling-variant checks.
  const syntheticDocs: ProcessedDocument[] = [
    makeDocument('syn-syria', ['قصف الطيران الروسي مواقع في سوريا يوم السبت.']),
    makeDocument('syn-disputes', ['بدأت الخلافات تظهر جلية بين الأطراف.']),
    makeDocument('syn-ahmad', ['التقى أحمد بالمسؤولين في سورية أمس.']),
    makeDocument('syn-dispute', ['خلاف قديم بين الجارين على الحدود.'], { publishedAt: '2024-03-12T15:30:00Z', site: 'موقع تجريبي' }),
  ];
  const all = [...seeds, ...syntheticDocs];
  const ids = async (q: string, exact = false) => (await search.search({ q, exact, size: 100 })).hits.map((h) => h.id).sort();

  beforeAll(async () => {
    client = await connectEs();
    manager = new IndexManager(client, indexNames(uniqueAlias()));
    await manager.ensure();
    const indexer = new BulkIndexer(client, { index: manager.names.alias, refresh: 'wait_for' });
    await Promise.all(all.map((d) => indexer.index(d.id, toIndexDocument(d))));
    await indexer.close();
    search = new SearchService(client, manager.names.alias);
  });

  afterAll(async () => {
    await manager?.deleteAll();
    await client?.close();
  });

  it('creates the template variant the cluster supports, and its mapping is live', async () => {
    const caps = await manager.capabilities();
    const mapping = await client.indices.getMapping({ index: manager.names.alias });
    const props = Object.values(mapping)[0].mappings.properties!;
    expect(props.paragraphs).toMatchObject({ type: 'text', analyzer: caps.analysisCommon ? 'arabic_news' : 'standard' });
    expect(props.search).toMatchObject({ properties: { text: { type: 'text', analyzer: 'whitespace' } } });
    expect(props.entities).not.toHaveProperty('type', 'nested');
    // The original text stays searchable as typed (Kibana's free-text search uses it).
    const plain = await client.search({ index: manager.names.alias, query: { match: { paragraphs: 'الطيران' } } });
    expect(plain.hits.hits.map((h) => h._id)).toContain('syn-syria');
  });

  it('ensure() is idempotent and safe when several processes start at once', async () => {
    const again = await Promise.all([1, 2, 3, 4].map(() => new IndexManager(client, manager.names).ensure()));
    expect(new Set(again)).toEqual(new Set([manager.names.versioned(1)]));
    const other = new IndexManager(client, indexNames(uniqueAlias()));
    try {
      const raced = await Promise.all([1, 2, 3, 4].map(() => new IndexManager(client, other.names).ensure()));
      expect(new Set(raced)).toEqual(new Set([other.names.versioned(1)]));
      expect(await other.aliasedIndices()).toEqual([other.names.versioned(1)]);
    } finally {
      await other.deleteAll();
    }
  });

  it('finds words spelled with another hamza or ta marbuta form', async () => {
    expect(await ids('احمد')).toEqual(['syn-ahmad']);
    expect(await ids('أحمد', true)).toEqual(['syn-ahmad']);
    expect(await ids('سوريه', true)).toEqual(expect.arrayContaining(['syn-ahmad']));
    expect(await ids('سوريه', true)).not.toContain('syn-syria');
  });

  it('finds words carrying attached clitics, and other inflections', async () => {
    expect(await ids('بسوريا')).toEqual(expect.arrayContaining(['syn-syria']));
    expect(await ids('وبسوريا')).toEqual(expect.arrayContaining(['syn-syria']));
    const disputes = await ids('الخلافات');
    expect(disputes).toEqual(expect.arrayContaining(['syn-disputes', 'syn-dispute']));
    expect(await ids('خلاف')).toEqual(expect.arrayContaining(['syn-disputes', 'syn-dispute']));
  });

  it('does not stem an exact query', async () => {
    expect(await ids('بسوريا', true)).not.toContain('syn-syria');
    expect(await ids('الخلافات', true)).toContain('syn-disputes');
    expect(await ids('الخلافات', true)).not.toContain('syn-dispute');
    expect(await ids('خلاف', true)).toEqual(['syn-dispute']);
  });

  it('ranks exact spellings above stemmed matches', async () => {
    const res = await search.search({ q: 'خلاف', size: 100 });
    expect(res.hits[0].id).toBe('syn-dispute');
  });

  it('returns readable snippets with the matched words marked in the original spelling', async () => {
    const res = await search.search({ q: 'سورية', size: 100 });
    const hit = res.hits.find((h) => h.id === 'syn-ahmad')!;
    expect(hit.snippets[0]).toContain('<mark>سورية</mark>');
    const syria = (await search.search({ q: 'بسوريا', size: 100 })).hits.find((h) => h.id === 'syn-syria')!;
    expect(syria.snippets[0]).toContain('<mark>سوريا</mark>');
  });

  it('an entity filter returns exactly the documents carrying that entity', async () => {
    const counts = new Map<string, number>();
    for (const d of seeds) for (const p of d.persons) counts.set(p, (counts.get(p) ?? 0) + 1);
    // The person carried by the most seeds without being in all of them: the filter has to discriminate.
    const [person] = [...counts].filter(([, n]) => n < seeds.length).sort((a, b) => b[1] - a[1])[0];
    const expected = seeds.filter((d) => d.persons.includes(person)).map((d) => d.id).sort();
    const res = await search.search({ persons: [person], size: 100 });
    expect(res.hits.map((h) => h.id).sort()).toEqual(expected);
    expect(res.total).toBe(expected.length);

    const location = seeds.find((d) => d.persons.includes(person))!.locations[0];
    const both = seeds.filter((d) => d.persons.includes(person) && d.locations.includes(location)).map((d) => d.id).sort();
    const res2 = await search.search({ persons: [person], locations: [location], size: 100 });
    expect(res2.hits.map((h) => h.id).sort()).toEqual(both);
  });

  it('facet counts equal the number of documents carrying each value', async () => {
    const res = await search.search({ size: 1 });
    expect(res.total).toBe(all.length);
    for (const field of ['persons', 'organizations', 'locations'] as const) {
      expect(res.facets[field].length).toBeGreaterThan(0);
      for (const { value, count } of res.facets[field]) {
        expect(count).toBe(all.filter((d) => d[field].includes(value)).length);
      }
      const top = Math.max(...[...new Set(all.flatMap((d) => d[field]))].map((v) => all.filter((d) => d[field].includes(v)).length));
      expect(res.facets[field][0].count).toBe(top);
    }
  });

  it('filters by site and publication date, and pages', async () => {
    // A bare day bounds the whole day: the afternoon article of the 12th is in, the 11th and 13th are out.
    const day = seeds[2].publishedAt!;
    expect(day).toBe('2024-03-12');
    const byDate = await search.search({ from: day, to: day, size: 100 });
    expect(byDate.hits.map((h) => h.id).sort()).toEqual([seeds[2].id, 'syn-dispute'].sort());
    const range = await search.search({ from: '2024-03-11', to: '2024-03-12', size: 100 });
    expect(range.total).toBe(all.filter((d) => d.publishedAt && d.publishedAt.slice(0, 10) >= '2024-03-11' && d.publishedAt.slice(0, 10) <= '2024-03-12').length);
    const instant = await search.search({ from: '2024-03-12T15:00:00Z', size: 100 });
    expect(instant.hits.map((h) => h.id).sort()).toEqual(['syn-dispute', seeds[3].id, seeds[4].id].sort());
    const site = seeds.find((d) => d.site)!;
    const bySite = await search.search({ site: site.site!, size: 100 });
    expect(bySite.hits.map((h) => h.id)).toEqual(seeds.filter((d) => d.site === site.site).map((d) => d.id));

    const page1 = await search.search({ size: 4, page: 1 });
    const page2 = await search.search({ size: 4, page: 2 });
    const page3 = await search.search({ size: 4, page: 3 });
    const paged = [...page1.hits, ...page2.hits, ...page3.hits].map((h) => h.id);
    expect(new Set(paged).size).toBe(all.length);
    // No query: latest publication first.
    expect(page1.hits[0].id).toBe(seeds[seeds.length - 1].id);
  });

  it('rejects nonsense requests with a clear error', async () => {
    await expect(search.search({ size: 1000 })).rejects.toThrow(/size must be/);
    await expect(search.search({ from: 'yesterday-ish' })).rejects.toThrow(/from is not a date/);
    await expect(search.search({ from: '2024-03-13', to: '2024-03-12' })).rejects.toThrow(/from is after to/);
  });
});
