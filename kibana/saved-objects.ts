/**
 * Source of kibana/saved-objects.ndjson (regenerate with `npm run kibana:objects`).
 * Kept as code so ids, references and field names are written once; the NDJSON is
 * what the compose setup service imports (POST /api/saved_objects/_import?overwrite=true).
 *
 * Time field: `ingestedAt`.  Every document has it, whereas `publishedAt` is null for
 * pages that state no date, and Discover and dashboards silently hide documents that
 * lack the data view's time field.  The "documents over time" chart still plots
 * `publishedAt`, which is what readers mean by "when" (undated articles drop out of
 * that one chart only).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const DATA_VIEW_ID = 'news-data-view';
export const ALIAS = 'news';
export const TIME_FIELD = 'ingestedAt';

export interface SavedObject {
  id: string;
  type: string;
  attributes: Record<string, unknown>;
  references: { name: string; type: string; id: string }[];
  coreMigrationVersion?: string;
  typeMigrationVersion?: string;
}

const EMPTY_QUERY = { query: '', language: 'kuery' };
const layerRef = (layerId: string) => ({ type: 'index-pattern', id: DATA_VIEW_ID, name: `indexpattern-datasource-layer-${layerId}` });

const dataView: SavedObject = {
  id: DATA_VIEW_ID,
  type: 'index-pattern',
  coreMigrationVersion: '8.8.0',
  typeMigrationVersion: '7.11.0',
  attributes: {
    title: ALIAS,
    name: 'News articles',
    timeFieldName: TIME_FIELD,
    // The normalised search.* fields are for the query path, not for reading.
    sourceFilters: JSON.stringify([{ value: 'search.*' }]),
    fields: '[]',
    fieldFormatMap: '{}',
    runtimeFieldMap: '{}',
    typeMeta: '{}',
    allowNoIndex: true,
  },
  references: [],
};

const latestArticles: SavedObject = {
  id: 'news-latest-articles',
  type: 'search',
  coreMigrationVersion: '8.8.0',
  typeMigrationVersion: '7.9.3',
  attributes: {
    title: 'Latest articles',
    description: 'Newest ingested articles with their entities',
    columns: ['title', 'site', 'persons', 'organizations', 'locations'],
    sort: [[TIME_FIELD, 'desc']],
    grid: {},
    hideChart: false,
    kibanaSavedObjectMeta: {
      searchSourceJSON: JSON.stringify({ query: EMPTY_QUERY, filter: [], indexRefName: 'kibanaSavedObjectMeta.searchSourceJSON.index' }),
    },
  },
  references: [{ name: 'kibanaSavedObjectMeta.searchSourceJSON.index', type: 'index-pattern', id: DATA_VIEW_ID }],
};

function lens(id: string, title: string, layerId: string, columns: Record<string, object>, visualization: object): SavedObject {
  return {
    id,
    type: 'lens',
    coreMigrationVersion: '8.8.0',
    typeMigrationVersion: '8.9.0',
    attributes: {
      title,
      description: '',
      visualizationType: 'lnsXY',
      state: {
        visualization,
        query: EMPTY_QUERY,
        filters: [],
        datasourceStates: { formBased: { layers: { [layerId]: { columns, columnOrder: Object.keys(columns), incompleteColumns: {} } } } },
        internalReferences: [],
        adHocDataViews: {},
      },
    },
    references: [layerRef(layerId)],
  };
}

const countColumn = { label: 'Documents', dataType: 'number', operationType: 'count', sourceField: '___records___', isBucketed: false, scale: 'ratio', params: { emptyAsNull: true }, customLabel: true };

const xyLayer = (layerId: string, seriesType: string, x: string, y: string) => ({
  legend: { isVisible: false, position: 'right' },
  valueLabels: 'hide',
  preferredSeriesType: seriesType,
  layers: [{ layerId, layerType: 'data', seriesType, xAccessor: x, accessors: [y] }],
});

const docsOverTime = lens(
  'news-docs-over-time',
  'Articles over time (publication date)',
  'layer-time',
  {
    'col-date': {
      label: 'Publication date',
      dataType: 'date',
      operationType: 'date_histogram',
      sourceField: 'publishedAt',
      isBucketed: true,
      scale: 'interval',
      params: { interval: 'auto', includeEmptyRows: true, dropPartials: false },
      customLabel: true,
    },
    'col-count': countColumn,
  },
  xyLayer('layer-time', 'bar_stacked', 'col-date', 'col-count'),
);

function topTerms(field: 'persons' | 'organizations' | 'locations', title: string): SavedObject {
  const layerId = `layer-${field}`;
  return lens(
    `news-top-${field}`,
    title,
    layerId,
    {
      'col-terms': {
        label: title,
        dataType: 'string',
        operationType: 'terms',
        sourceField: field,
        isBucketed: true,
        scale: 'ordinal',
        params: { size: 10, orderBy: { type: 'column', columnId: 'col-count' }, orderDirection: 'desc', otherBucket: false, missingBucket: false, parentFormat: { id: 'terms' } },
        customLabel: true,
      },
      'col-count': countColumn,
    },
    xyLayer(layerId, 'bar_horizontal', 'col-terms', 'col-count'),
  );
}

const visualisations = [
  docsOverTime,
  topTerms('persons', 'Top persons'),
  topTerms('organizations', 'Top organizations'),
  topTerms('locations', 'Top locations'),
];

const grid = [
  { x: 0, y: 0, w: 48, h: 12 },
  { x: 0, y: 12, w: 16, h: 15 },
  { x: 16, y: 12, w: 16, h: 15 },
  { x: 32, y: 12, w: 16, h: 15 },
  { x: 0, y: 27, w: 48, h: 20 },
];
const panels = [...visualisations, latestArticles];

const dashboard: SavedObject = {
  id: 'news-overview',
  type: 'dashboard',
  coreMigrationVersion: '8.8.0',
  typeMigrationVersion: '8.9.0',
  attributes: {
    title: 'News overview',
    description: 'Articles over time, the most mentioned persons, organizations and locations, and the latest articles',
    panelsJSON: JSON.stringify(
      panels.map((p, i) => ({
        type: p.type,
        panelIndex: String(i + 1),
        gridData: { ...grid[i], i: String(i + 1) },
        embeddableConfig: {},
        panelRefName: `panel_${i + 1}`,
      })),
    ),
    optionsJSON: JSON.stringify({ useMargins: true, syncColors: false, syncCursor: true, syncTooltips: false, hidePanelTitles: false }),
    timeRestore: true,
    timeFrom: 'now-30d',
    timeTo: 'now',
    refreshInterval: { pause: true, value: 60000 },
    kibanaSavedObjectMeta: { searchSourceJSON: JSON.stringify({ query: EMPTY_QUERY, filter: [] }) },
  },
  references: panels.map((p, i) => ({ name: `panel_${i + 1}`, type: p.type, id: p.id })),
};

/** Referenced objects first, so an import never meets a dangling reference mid-file. */
export function buildSavedObjects(): SavedObject[] {
  return [dataView, latestArticles, ...visualisations, dashboard];
}

export const toNdjson = (objects: SavedObject[]) => objects.map((o) => JSON.stringify(o)).join('\n') + '\n';

export const NDJSON_PATH = join(__dirname, 'saved-objects.ndjson');

if (require.main === module) {
  writeFileSync(NDJSON_PATH, toNdjson(buildSavedObjects()));
  process.stdout.write(`wrote ${NDJSON_PATH}\n`);
}
