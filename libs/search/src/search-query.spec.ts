import { buildSearch, SearchRequestError } from './search-query';

const json = (x: unknown) => JSON.stringify(x);

describe('buildSearch', () => {
  it('matches stemmed word groups on search.text, boosting exact forms', () => {
    const { body, terms } = buildSearch('news', { q: 'بدمشق الخلافات' });
    expect(terms.stemmed).toEqual([['بدمشق', 'دمشق'], ['خلاف']]);
    expect(terms.normalized).toBe('بدمشق الخلافات');
    const text = json(body.query);
    expect(text).toContain('"search.text"');
    expect(text).toContain('"دمشق"');
    expect(text).toContain('"search.exact"');
  });

  it('exact mode never touches the stemmed fields', () => {
    const { body } = buildSearch('news', { q: 'الخلافات', exact: true });
    const text = json(body.query);
    expect(text).not.toContain('search.text');
    expect(text).not.toContain('"خلاف"');
    expect(text).toContain('"الخلافات"');
  });

  it('turns entity, site and date filters into filter clauses, one term per value', () => {
    const { body } = buildSearch('news', { persons: ['أ', 'ب'], locations: ['ج'], site: 's', from: '2024-01-01', to: '2024-01-31' });
    const filter = (body.query as { bool: { filter: unknown[] } }).bool.filter;
    expect(filter).toEqual([
      { term: { persons: 'أ' } },
      { term: { persons: 'ب' } },
      { term: { locations: 'ج' } },
      { term: { site: 's' } },
      { range: { publishedAt: { gte: '2024-01-01||/d', lte: '2024-01-31||/d' } } },
    ]);
  });

  it('counts the three entity facets, the site and the story, and pages from 1', () => {
    const { body, page, size } = buildSearch('news', { page: 3, size: 20 });
    expect(body.from).toBe(40);
    expect([page, size]).toEqual([3, 20]);
    expect(Object.keys(body.aggs!)).toEqual(['persons', 'organizations', 'locations', 'site', 'storyId']);
  });

  it('browses latest first when the query has no words', () => {
    const { body } = buildSearch('news', { q: ' ، ! ' });
    expect(json(body.query)).toContain('match_all');
    expect(json(body.sort)).not.toContain('_score');
  });

  it('rejects bad paging and dates', () => {
    expect(() => buildSearch('news', { page: 0 })).toThrow(SearchRequestError);
    expect(() => buildSearch('news', { size: 101 })).toThrow(/size/);
    expect(() => buildSearch('news', { page: 200, size: 100 })).toThrow(/10000/);
    expect(() => buildSearch('news', { to: 'soon' })).toThrow(/to is not a date/);
  });
});
