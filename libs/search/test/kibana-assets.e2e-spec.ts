import { readFileSync } from 'node:fs';
import type { Client } from '@elastic/elasticsearch';
import { IndexManager } from '../src/index-manager';
import { indexNames } from '../src/index-names';
import { ALIAS, NDJSON_PATH, buildSavedObjects, toNdjson, type SavedObject } from '../../../kibana/saved-objects';
import { connectEs, uniqueAlias } from './fixtures';

/** Field path -> mapping type, multi-fields included ("title.keyword" -> "keyword"). */
function flattenMapping(properties: Record<string, any>, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [name, def] of Object.entries(properties)) {
    const path = prefix + name;
    out.set(path, def.type ?? 'object');
    if (def.properties) flattenMapping(def.properties, `${path}.`, out);
    if (def.fields) flattenMapping(def.fields, `${path}.`, out);
  }
  return out;
}

/** The mapping types a Lens data type / operation needs. */
const TYPES_FOR: Record<string, string[]> = {
  date_histogram: ['date'],
  terms: ['keyword'],
  string: ['keyword'],
  date: ['date'],
};

describe('Kibana saved objects', () => {
  const lines = readFileSync(NDJSON_PATH, 'utf8').split('\n').filter((l) => l.trim());
  const objects: SavedObject[] = lines.map((l) => JSON.parse(l));
  const byId = new Map(objects.map((o) => [`${o.type}:${o.id}`, o]));
  let client: Client;
  let manager: IndexManager;
  let fields: Map<string, string>;

  beforeAll(async () => {
    client = await connectEs();
    manager = new IndexManager(client, indexNames(uniqueAlias()));
    const index = await manager.ensure();
    const mapping = await client.indices.getMapping({ index });
    fields = flattenMapping(mapping[index].mappings.properties as Record<string, unknown>);
  });

  afterAll(async () => {
    await manager?.deleteAll();
    await client?.close();
  });

  const expectField = (field: string, types: string[], where: string) => {
    if (!types.includes(fields.get(field) ?? 'missing')) throw new Error(`${where}: field ${field} is ${fields.get(field) ?? 'missing'} in the mapping, expected ${types.join('|')}`);
  };

  it('is the output of kibana/saved-objects.ts, one object per line, fixed unique ids', () => {
    expect(readFileSync(NDJSON_PATH, 'utf8')).toBe(toNdjson(buildSavedObjects()));
    expect(byId.size).toBe(objects.length);
    expect(new Set(objects.map((o) => o.type))).toEqual(new Set(['index-pattern', 'search', 'lens', 'dashboard']));
    for (const o of objects) expect(o.id).toMatch(/^news-[a-z-]+$/);
  });

  it('every reference resolves to an object in the file, declared before it', () => {
    objects.forEach((o, i) => {
      for (const ref of o.references) {
        const target = byId.get(`${ref.type}:${ref.id}`);
        if (!target) throw new Error(`${o.type}:${o.id} references missing ${ref.type}:${ref.id}`);
        expect(objects.indexOf(target)).toBeLessThan(i);
      }
    });
  });

  it('every reference name used inside an object is declared in its references', () => {
    for (const o of objects) {
      const names = new Set(o.references.map((r) => r.name));
      const meta = (o.attributes.kibanaSavedObjectMeta as { searchSourceJSON?: string } | undefined)?.searchSourceJSON;
      if (meta) {
        const source = JSON.parse(meta);
        if (source.indexRefName) expect(names).toContain(source.indexRefName);
      }
      if (o.type === 'lens') {
        const layers = (o.attributes.state as any).datasourceStates.formBased.layers;
        for (const layerId of Object.keys(layers)) expect(names).toContain(`indexpattern-datasource-layer-${layerId}`);
        const vis = (o.attributes.state as any).visualization;
        for (const layer of vis.layers) {
          const cols = layers[layer.layerId].columns;
          for (const accessor of [layer.xAccessor, ...layer.accessors]) expect(Object.keys(cols)).toContain(accessor);
        }
      }
      if (o.type === 'dashboard') {
        const panels = JSON.parse(o.attributes.panelsJSON as string);
        expect(panels.length).toBe(5);
        for (const p of panels) expect(names).toContain(p.panelRefName);
      }
    }
  });

  it('the data view targets the alias, with a time field that is a date in the real mapping', () => {
    const dv = objects.find((o) => o.type === 'index-pattern')!;
    expect(dv.attributes.title).toBe(ALIAS);
    expect(indexNames().alias).toBe(ALIAS);
    expectField(dv.attributes.timeFieldName as string, ['date'], 'data view timeFieldName');
  });

  it('the saved search columns and sort exist in the real mapping', () => {
    const search = objects.find((o) => o.type === 'search')!;
    const columns = search.attributes.columns as string[];
    expect(columns).toEqual(expect.arrayContaining(['title', 'site', 'persons', 'organizations', 'locations']));
    for (const c of columns) expectField(c, ['text', 'keyword', 'date'], `search column ${c}`);
    for (const [field, dir] of search.attributes.sort as [string, string][]) {
      expectField(field, ['date'], 'search sort');
      expect(dir).toBe('desc');
    }
  });

  it('every Lens column source field exists with an aggregatable type of the right kind', () => {
    const lensObjects = objects.filter((o) => o.type === 'lens');
    expect(lensObjects.map((o) => o.id).sort()).toEqual(['news-docs-over-time', 'news-top-locations', 'news-top-organizations', 'news-top-persons']);
    for (const o of lensObjects) {
      const layers = (o.attributes.state as any).datasourceStates.formBased.layers;
      for (const layer of Object.values<any>(layers)) {
        for (const col of Object.values<any>(layer.columns)) {
          if (col.sourceField === '___records___') continue;
          const types = TYPES_FOR[col.operationType] ?? TYPES_FOR[col.dataType];
          expect(types).toBeDefined();
          expectField(col.sourceField, types, `${o.id} ${col.operationType}`);
        }
      }
    }
  });
});
