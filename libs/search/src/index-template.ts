import type { estypes } from '@elastic/elasticsearch';
import type { IndexNames } from './index-names';

/**
 * The index template behind the `news` alias.
 *
 * Arabic-forgiving search must work on every Elasticsearch, including the minimal
 * integ-test distribution that has no `analysis-common` module (no arabic analyzer,
 * no normalisation filters, no char filters).  So the search fields under `search.*`
 * are normalised and stemmed in TypeScript (`searchTokens` in @app/arabic) and only
 * split on white space here, with the built-in `whitespace` analyzer.  Queries go
 * through the same `searchTokens`, so both sides agree by construction.
 *
 * Where the cluster has `analysis-common`, the original `title`, `paragraphs` and
 * `body` also get Elasticsearch's own Arabic chain, so free-text search typed into
 * Kibana is forgiving too; elsewhere they use `standard`.
 */

/** Bump when the mapping changes; then run `reindexToNewVersion` to move the data. */
export const TEMPLATE_VERSION = 1;

/** Analyzer name used on the original text fields when the cluster can build it. */
export const ARABIC_ANALYZER = 'arabic_news';

export interface ClusterCapabilities {
  /** The `analysis-common` module is on every node (checked with GET _nodes/plugins). */
  analysisCommon: boolean;
}

export interface TemplateOptions {
  shards?: number;
  /** 0 suits the single-node dev and CI cluster; raise it on a real cluster. */
  replicas?: number;
  /** Above every built-in template, so ours wins for `<alias>-v*`. */
  priority?: number;
}

const keyword: estypes.MappingProperty = { type: 'keyword' };
/** Search fields: already normalised text, so only split on spaces (exists in every distribution). */
const whitespaceText: estypes.MappingProperty = { type: 'text', analyzer: 'whitespace', norms: true };

/**
 * Entities are an `object` array, not `nested`: Kibana's Lens and Discover cannot
 * chart nested fields (elastic/kibana#150158, #58175), and our facets use the flat
 * `persons` / `organizations` / `locations` keywords anyway.  The price: a query on
 * `entities.type` AND `entities.text` may match across two different entities.
 */
const entityObject: estypes.MappingProperty = {
  type: 'object',
  properties: {
    type: keyword,
    text: keyword,
    normalized: keyword,
    start: { type: 'integer' },
    end: { type: 'integer' },
  },
};

export function buildMappings(caps: ClusterCapabilities): estypes.MappingTypeMapping {
  const analyzer = caps.analysisCommon ? ARABIC_ANALYZER : 'standard';
  const originalText: estypes.MappingProperty = { type: 'text', analyzer };
  return {
    // Unknown fields stay in _source but are not indexed: a field added to the
    // contract later cannot break indexing, and cannot explode the mapping either.
    dynamic: false,
    _meta: { templateVersion: TEMPLATE_VERSION, arabicAnalysis: caps.analysisCommon },
    properties: {
      id: keyword,
      title: { type: 'text', analyzer, fields: { keyword: { type: 'keyword', ignore_above: 512 } } },
      paragraphs: originalText,
      body: originalText,
      search: {
        type: 'object',
        properties: {
          text: whitespaceText,
          exact: whitespaceText,
          title: whitespaceText,
          title_exact: whitespaceText,
        },
      },
      persons: keyword,
      organizations: keyword,
      locations: keyword,
      entities: entityObject,
      titleEntities: entityObject,
      byline: { type: 'text', analyzer, fields: { keyword: { type: 'keyword', ignore_above: 256 } } },
      author: keyword,
      site: keyword,
      language: keyword,
      encoding: keyword,
      decodingErrors: { type: 'boolean' },
      // Kept for inspection in _source only: never parsed, so an odd shape cannot fail a document.
      removed: { type: 'object', enabled: false },
      // Pages state dates in odd ways; a date we cannot parse must not cost the document.
      publishedAt: { type: 'date', ignore_malformed: true },
      ingestedAt: { type: 'date' },
      // Same story across outlets (libs/stories): the story's first document, the copied original,
      // and what later documents are compared with (band keys and key terms queried, the
      // signature only read back).
      storyId: keyword,
      duplicateOf: keyword,
      story: {
        type: 'object',
        properties: {
          terms: keyword,
          bands: keyword,
          time: { type: 'date' },
          signature: { type: 'keyword', index: false, doc_values: false },
        },
      },
      /** Set by the indexer at write time; lets a reindex catch up on writes made while it copied. */
      indexedAt: { type: 'date' },
      source: {
        type: 'object',
        properties: {
          name: keyword,
          url: keyword,
          contentType: keyword,
          byteSize: { type: 'long' },
          sha256: keyword,
          credited: keyword,
        },
      },
    },
  };
}

export function buildSettings(caps: ClusterCapabilities, options: TemplateOptions = {}): estypes.IndicesIndexSettings {
  const settings: estypes.IndicesIndexSettings = {
    number_of_shards: options.shards ?? 1,
    number_of_replicas: options.replicas ?? 0,
  };
  if (caps.analysisCommon) {
    // Elasticsearch's `arabic` analyzer rebuilt from its parts (same order as the docs'
    // "Language analyzers -> arabic"), without stem exclusions.
    settings.analysis = {
      filter: { arabic_stop: { type: 'stop', stopwords: '_arabic_' } },
      analyzer: {
        [ARABIC_ANALYZER]: {
          type: 'custom',
          tokenizer: 'standard',
          filter: ['lowercase', 'decimal_digit', 'arabic_stop', 'arabic_normalization', 'arabic_stem'],
        },
      },
    };
  }
  return settings;
}

/** The body of PUT _index_template/<names.template>. */
export function buildIndexTemplate(
  names: IndexNames,
  caps: ClusterCapabilities,
  options: TemplateOptions = {},
): estypes.IndicesPutIndexTemplateRequest {
  return {
    name: names.template,
    index_patterns: [names.pattern],
    priority: options.priority ?? 500,
    version: TEMPLATE_VERSION,
    _meta: { description: `Arabic news documents behind the alias ${names.alias}` },
    template: {
      settings: buildSettings(caps, options),
      mappings: buildMappings(caps),
    },
  };
}
