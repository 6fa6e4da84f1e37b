import type { Client, estypes } from '@elastic/elasticsearch';
import type { ProcessedDocument } from '@app/contracts';
import { assignStory, type LinkedDocument } from './assign-story';
import { RecentDocuments } from './recent-documents';
import { comparableOf, linkedFromSource, storyFields, type StoryFields } from './story-document';
import { STORY_WINDOW_DAYS } from './story-rules';

/** Earlier documents compared with each new one: the best the index ranks, by shared bands, entities and terms. */
const CANDIDATES = 20;
const DAY_MS = 86_400_000;
const MAX_BATCH = 200;
/** Documents renamed per merge batch: a story is a handful of reports, not thousands. */
const MAX_RENAMED = 1000;
const BATCH_WAIT_MS = 5;
const SOURCE_FIELDS = ['storyId', 'duplicateOf', 'story', 'persons', 'organizations', 'locations'];

/**
 * Links each document the indexer writes to the copies and the story it belongs to,
 * incrementally: one `_msearch` per batch finds candidates among indexed documents
 * (the LSH bands and story fields live in the index, so Redis holds nothing per
 * document), documents of the last minute are found in memory, and the rule in
 * assignStory decides.
 */
export class StoryLinker {
  private readonly recent = new RecentDocuments();
  private waiting: Array<{ doc: ProcessedDocument; resolve: (f: StoryFields) => void; reject: (e: unknown) => void }> = [];
  private timer: NodeJS.Timeout | null = null;
  /** Batches run one after another, so a batch sees the documents of the one before it. */
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly es: Client,
    /** Alias searched for earlier documents. */
    private readonly index: string,
  ) {}

  /**
   * Story fields for one document. Documents handed in within a few milliseconds share
   * one `_msearch` (the indexer writes many jobs at once).
   */
  linkOne(doc: ProcessedDocument): Promise<StoryFields> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ doc, resolve, reject });
      if (this.waiting.length >= MAX_BATCH) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), BATCH_WAIT_MS);
    });
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.waiting;
    this.waiting = [];
    if (!batch.length) return;
    this.chain = this.chain.then(async () => {
      try {
        const fields = await this.link(batch.map((w) => w.doc));
        batch.forEach((w, i) => w.resolve(fields[i]));
      } catch (err) {
        batch.forEach((w) => w.reject(err));
      }
    });
  }

  /** Story fields for each document, in order; earlier documents of the batch count as candidates of later ones. */
  async link(docs: ProcessedDocument[]): Promise<StoryFields[]> {
    const prepared = docs.map((doc) => {
      const { comparable, bands } = comparableOf(doc);
      return { doc, comparable, bands, keys: [...bands.map((b) => `band:${b}`), ...comparable.features.entities] };
    });
    const indexed = await this.searchCandidates(prepared.map((p) => ({ ...p.comparable, bands: p.bands })));
    const merges = new Map<string, string>();
    const fields = prepared.map((p, i) => {
      const candidates = new Map<string, LinkedDocument>();
      for (const c of indexed[i]) candidates.set(c.id, c);
      for (const c of this.recent.candidates(p.keys)) candidates.set(c.id, c);
      candidates.delete(p.doc.id);
      const links = assignStory(p.comparable, [...candidates.values()]);
      this.recent.rename(links.merged, links.storyId);
      for (const from of links.merged) merges.set(from, links.storyId);
      this.recent.add({ ...p.comparable, storyId: links.storyId, duplicateOf: links.duplicateOf }, p.keys);
      return storyFields(p.comparable, p.bands, links);
    });
    await this.renameStories(merges);
    return fields;
  }

  /**
   * Moves the documents of merged stories to the story that absorbed them: partial-document
   * bulk updates (no scripts, which the minimal Elasticsearch lacks). A rename of a story
   * renamed again in the same batch follows the chain.
   */
  private async renameStories(merges: Map<string, string>): Promise<void> {
    if (!merges.size) return;
    const target = (id: string) => {
      let to = merges.get(id)!;
      for (let hops = 0; merges.has(to) && hops < merges.size; hops++) to = merges.get(to)!;
      return to;
    };
    const found = await this.es.search<unknown>({
      index: this.index,
      size: MAX_RENAMED,
      _source: ['storyId'],
      query: { terms: { storyId: [...merges.keys()] } },
    });
    const operations = found.hits.hits.flatMap((hit) => {
      const from = (hit._source as { storyId: string }).storyId;
      return [{ update: { _index: hit._index, _id: hit._id! } }, { doc: { storyId: target(from) } }];
    });
    if (operations.length) await this.es.bulk({ operations });
  }

  private async searchCandidates(
    docs: Array<{ id: string; bands: string[]; time: number | null; features: { entities: string[]; terms: string[] } }>,
  ): Promise<LinkedDocument[][]> {
    if (!docs.length) return [];
    const searches: estypes.MsearchRequestItem[] = [];
    for (const doc of docs) {
      searches.push({ index: this.index, ignore_unavailable: true });
      searches.push({ size: CANDIDATES, _source: SOURCE_FIELDS, query: candidateQuery(doc) });
    }
    const response = await this.es.msearch<Partial<ProcessedDocument & StoryFields>>({ searches });
    return response.responses.map((r) => {
      // A failed search (index not created yet) leaves the document to the in-memory candidates.
      if ('error' in r) return [];
      return r.hits.hits.flatMap((hit) => linkedFromSource(hit._id!, hit._source ?? {}) ?? []);
    });
  }
}

function candidateQuery(doc: { id: string; bands: string[]; time: number | null; features: { entities: string[]; terms: string[] } }): estypes.QueryDslQueryContainer {
  const entitiesOf = (prefix: string) => doc.features.entities.filter((e) => e.startsWith(prefix)).map((e) => e.slice(4));
  // Dated reports look among reports of the same days and undated ones; undated ones everywhere.
  const within: estypes.QueryDslQueryContainer[] =
    doc.time === null
      ? []
      : [
          {
            bool: {
              should: [
                {
                  range: {
                    'story.time': {
                      gte: new Date(doc.time - STORY_WINDOW_DAYS * DAY_MS).toISOString(),
                      lte: new Date(doc.time + STORY_WINDOW_DAYS * DAY_MS).toISOString(),
                    },
                  },
                },
                { bool: { must_not: [{ exists: { field: 'story.time' } }] } },
              ],
            },
          },
        ];
  return {
    bool: {
      must_not: [{ ids: { values: [doc.id] } }],
      minimum_should_match: 1,
      should: [
        // Copies, whenever they were published.
        ...termsClause('story.bands', doc.bands, 4),
        // Reports of the same days that share actors, places and key words.
        {
          bool: {
            filter: within,
            minimum_should_match: 2,
            should: [
              ...termsClause('persons', entitiesOf('PER:'), 2),
              ...termsClause('organizations', entitiesOf('ORG:'), 2),
              ...termsClause('locations', entitiesOf('LOC:'), 1),
              ...termsClause('story.terms', doc.features.terms, 1),
            ],
          },
        },
      ],
    },
  };
}

function termsClause(field: string, values: string[], boost: number): estypes.QueryDslQueryContainer[] {
  return values.length ? [{ terms: { [field]: values, boost } }] : [];
}
