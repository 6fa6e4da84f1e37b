import type { estypes } from '@elastic/elasticsearch';
import { searchTermGroups, searchTokens } from '@app/arabic';

export interface SearchRequest {
  q?: string;
  /** Match the normalised words only, without stemming ("خلاف" does not find "الخلافات"). */
  exact?: boolean;
  /** Each value must be carried by the document (AND). */
  persons?: string[];
  organizations?: string[];
  locations?: string[];
  site?: string;
  /** Only the documents of one story (libs/stories): the same story across outlets. */
  storyId?: string;
  /** Publication date range, inclusive (ISO date or date-time); undated documents drop out. */
  from?: string | Date;
  to?: string | Date;
  /** 1-based. */
  page?: number;
  size?: number;
}

/** A request Elasticsearch would reject or that makes no sense; the gateway answers 400. */
export class SearchRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchRequestError';
  }
}

export const MAX_PAGE_SIZE = 100;
/** Elasticsearch's default index.max_result_window. */
export const MAX_RESULT_WINDOW = 10_000;
/** Entity facets: filterable by several values at once (all must match). */
export const FACET_FIELDS = ['persons', 'organizations', 'locations'] as const;
export type FacetField = (typeof FACET_FIELDS)[number];
/** Facets counted with every search: the entity facets, the site and the story (the biggest stories first). */
export const COUNTED_FACETS = [...FACET_FIELDS, 'site', 'storyId'] as const;
export type CountedFacet = (typeof COUNTED_FACETS)[number];

/** The query terms, normalised by the same code that built the index's search fields. */
export interface QueryTerms {
  /** One group of stems per query word (see searchTermGroups). */
  stemmed: string[][];
  normalized: string;
}

export function queryTerms(q: string | undefined): QueryTerms {
  return { stemmed: searchTermGroups(q ?? '', { stem: true }), normalized: searchTokens(q ?? '', { stem: false }) };
}

/** A query word matches when any of its stems is in the field. */
const wordGroup = (field: string, group: string[]): estypes.QueryDslQueryContainer =>
  group.length === 1 ? { term: { [field]: group[0] } } : { bool: { should: group.map((t) => ({ term: { [field]: t } })) } };

/**
 * A range bound for Elasticsearch.  A bare day ("2024-03-12") becomes `2024-03-12||/d`,
 * which rounds down for `gte` and up to the day's last millisecond for `lte`, so
 * `to=2024-03-12` keeps an article published that afternoon.
 */
function toRangeBound(value: string | Date | undefined, name: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) throw new SearchRequestError(`${name} is not a date: ${String(value)}`);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}||/d` : d.toISOString();
}

function positiveInt(value: number | undefined, fallback: number, name: string, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) throw new SearchRequestError(`${name} must be an integer from 1 to ${max}`);
  return value;
}

/** Up to 3 terms all must match; beyond that 75% of them, so one stray word does not empty the results. */
const MIN_SHOULD_MATCH = '3<75%';

/** Full-text part: stemmed for recall, with exact forms and phrases scoring higher. */
function textQuery(terms: QueryTerms, exact: boolean): estypes.QueryDslQueryContainer {
  if (exact) {
    return {
      bool: {
        must: [{ match: { 'search.exact': { query: terms.normalized, operator: 'or', minimum_should_match: MIN_SHOULD_MATCH } } }],
        should: [
          { match_phrase: { 'search.exact': { query: terms.normalized, boost: 2 } } },
          { match: { 'search.title_exact': { query: terms.normalized, boost: 2 } } },
        ],
      },
    };
  }
  return {
    bool: {
      must: [{ bool: { should: terms.stemmed.map((g) => wordGroup('search.text', g)), minimum_should_match: MIN_SHOULD_MATCH } }],
      should: [
        { match: { 'search.exact': { query: terms.normalized, boost: 2 } } },
        { match_phrase: { 'search.exact': { query: terms.normalized, boost: 3 } } },
        { match: { 'search.title': { query: terms.stemmed.flat().join(' '), boost: 2 } } },
      ],
    },
  };
}

export interface BuiltSearch {
  body: estypes.SearchRequest;
  terms: QueryTerms;
  page: number;
  size: number;
}

/** SearchRequest -> Elasticsearch search body (pure, so it is unit-tested without a cluster). */
export function buildSearch(index: string, req: SearchRequest, facetSize = 10): BuiltSearch {
  const page = positiveInt(req.page, 1, 'page', MAX_RESULT_WINDOW);
  const size = positiveInt(req.size, 10, 'size', MAX_PAGE_SIZE);
  if (page * size > MAX_RESULT_WINDOW) throw new SearchRequestError(`page * size must not exceed ${MAX_RESULT_WINDOW}`);
  const from = toRangeBound(req.from, 'from');
  const to = toRangeBound(req.to, 'to');
  if (from && to && from.slice(0, 10) > to.slice(0, 10)) throw new SearchRequestError('from is after to');

  const terms = queryTerms(req.q);
  const filter: estypes.QueryDslQueryContainer[] = [];
  for (const field of FACET_FIELDS) {
    for (const value of req[field] ?? []) filter.push({ term: { [field]: value } });
  }
  if (req.site) filter.push({ term: { site: req.site } });
  if (req.storyId) filter.push({ term: { storyId: req.storyId } });
  if (from || to) filter.push({ range: { publishedAt: { gte: from, lte: to } } });

  // A query made only of punctuation has no terms: browse (latest first) instead of matching nothing.
  const hasText = terms.normalized.length > 0;
  const latest: estypes.SortCombinations[] = [
    { publishedAt: { order: 'desc', missing: '_last', unmapped_type: 'date' } },
    { ingestedAt: { order: 'desc', unmapped_type: 'date' } },
  ];
  const body: estypes.SearchRequest = {
    index,
    from: (page - 1) * size,
    size,
    track_total_hits: true,
    query: { bool: { must: hasText ? [textQuery(terms, req.exact === true)] : [{ match_all: {} }], filter } },
    sort: hasText ? ['_score', ...latest] : latest,
    _source: { includes: ['id', 'title', 'paragraphs', 'site', 'author', 'publishedAt', 'ingestedAt', ...FACET_FIELDS, 'source.name', 'source.url', 'storyId', 'duplicateOf'] },
    aggs: Object.fromEntries(COUNTED_FACETS.map((f) => [f, { terms: { field: f, size: facetSize } }])),
  };
  return { body, terms, page, size };
}
