import type { Client, estypes } from '@elastic/elasticsearch';
import type { ProcessedDocument } from '@app/contracts';
import { buildSearch, COUNTED_FACETS, type CountedFacet, type SearchRequest } from './search-query';
import { buildSnippets, markText, matchingSpans } from './snippets';

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchHit {
  id: string;
  score: number | null;
  title: string | null;
  /** Title, HTML-escaped, with matched words in <mark>. */
  titleHighlight: string | null;
  /** Fragments of the original paragraphs, HTML-escaped, matched words in <mark>. */
  snippets: string[];
  site: string | null;
  author: string | null;
  publishedAt: string | null;
  ingestedAt: string | null;
  persons: string[];
  organizations: string[];
  locations: string[];
  source: { name?: string; url?: string };
  /** The story the document belongs to, and the original it copies (libs/stories). */
  storyId: string | null;
  duplicateOf: string | null;
}

export interface SearchResult {
  total: number;
  page: number;
  size: number;
  hits: SearchHit[];
  facets: Record<CountedFacet, FacetCount[]>;
}

type StoredHit = Partial<ProcessedDocument> & { storyId?: string | null; duplicateOf?: string | null };

/** Search over the alias: Arabic-normalised query, entity/site/date filters, facets, readable snippets. */
export class SearchService {
  constructor(
    private readonly client: Client,
    private readonly index: string,
    private readonly facetSize = 10,
  ) {}

  async search(req: SearchRequest): Promise<SearchResult> {
    const { body, terms, page, size } = buildSearch(this.index, req, this.facetSize);
    const res = await this.client.search<StoredHit, Record<CountedFacet, estypes.AggregationsStringTermsAggregate>>(body);
    const stem = req.exact !== true;
    const queryTerms = stem ? terms.stemmed.flat() : terms.normalized.split(' ').filter(Boolean);
    const termSet = new Set(queryTerms);

    const hits = res.hits.hits.map((h): SearchHit => {
      const s = h._source ?? {};
      const title = s.title ?? null;
      return {
        id: h._id ?? s.id ?? '',
        score: h._score ?? null,
        title,
        titleHighlight: title === null ? null : markText(title, matchingSpans(title, termSet, stem)),
        snippets: buildSnippets(s.paragraphs ?? [], queryTerms, { stem }),
        site: s.site ?? null,
        author: s.author ?? null,
        publishedAt: s.publishedAt ?? null,
        ingestedAt: s.ingestedAt ?? null,
        persons: s.persons ?? [],
        organizations: s.organizations ?? [],
        locations: s.locations ?? [],
        source: { name: s.source?.name, url: s.source?.url },
        storyId: s.storyId ?? null,
        duplicateOf: s.duplicateOf ?? null,
      };
    });

    const total = res.hits.total;
    const facets = Object.fromEntries(
      COUNTED_FACETS.map((f) => {
        const buckets = (res.aggregations?.[f]?.buckets ?? []) as estypes.AggregationsStringTermsBucket[];
        return [f, buckets.map((b) => ({ value: String(b.key), count: b.doc_count }))];
      }),
    ) as Record<CountedFacet, FacetCount[]>;
    return { total: typeof total === 'number' ? total : (total?.value ?? 0), page, size, hits, facets };
  }
}
