import { buildIndexTemplate, ARABIC_ANALYZER } from './index-template';
import { indexNames } from './index-names';

describe('buildIndexTemplate', () => {
  const names = indexNames('news');

  it('applies to the versioned indices, never to the alias itself', () => {
    const template = buildIndexTemplate(names, { analysisCommon: true });
    expect(template.name).toBe('news-template');
    expect(template.index_patterns).toEqual(['news-v*']);
    expect(names.versioned(3)).toBe('news-v3');
    expect(names.versionOf('news-v12')).toBe(12);
    expect(names.versionOf('news-vx')).toBeNull();
    expect(names.versionOf('other-v1')).toBeNull();
  });

  it('with analysis-common, defines the Arabic chain and uses it on the original text fields', () => {
    const template = buildIndexTemplate(names, { analysisCommon: true });
    const analysis = template.template!.settings!.analysis!;
    expect(analysis.analyzer![ARABIC_ANALYZER]).toEqual({
      type: 'custom',
      tokenizer: 'standard',
      filter: ['lowercase', 'decimal_digit', 'arabic_stop', 'arabic_normalization', 'arabic_stem'],
    });
    expect(analysis.filter!.arabic_stop).toEqual({ type: 'stop', stopwords: '_arabic_' });
    const props = template.template!.mappings!.properties!;
    for (const field of ['title', 'paragraphs', 'body']) {
      expect(props[field]).toMatchObject({ type: 'text', analyzer: ARABIC_ANALYZER });
    }
  });

  it('without analysis-common, names no filter the minimal distribution lacks', () => {
    const template = buildIndexTemplate(names, { analysisCommon: false });
    const json = JSON.stringify(template);
    expect(template.template!.settings!.analysis).toBeUndefined();
    for (const missing of ['arabic_normalization', 'arabic_stem', 'decimal_digit', '"arabic"']) {
      expect(json).not.toContain(missing);
    }
    expect(template.template!.mappings!.properties!.paragraphs).toEqual({ type: 'text', analyzer: 'standard' });
  });

  it('maps search fields as whitespace text, facets as keywords, entities as object, dates as dates', () => {
    const props = buildIndexTemplate(names, { analysisCommon: false }).template!.mappings!.properties!;
    const search = (props.search as { properties: Record<string, unknown> }).properties;
    for (const field of ['text', 'exact', 'title', 'title_exact']) {
      expect(search[field]).toMatchObject({ type: 'text', analyzer: 'whitespace' });
    }
    for (const field of ['persons', 'organizations', 'locations', 'site', 'language', 'encoding', 'author']) {
      expect(props[field]).toEqual({ type: 'keyword' });
    }
    expect(props.entities).toMatchObject({ type: 'object' });
    expect(JSON.stringify(props)).not.toContain('nested');
    expect(props.publishedAt).toMatchObject({ type: 'date' });
    expect(props.ingestedAt).toMatchObject({ type: 'date' });
    expect(props.title).toMatchObject({ fields: { keyword: { type: 'keyword', ignore_above: 512 } } });
  });

  it('rejects alias names Elasticsearch would refuse', () => {
    expect(() => indexNames('News')).toThrow(/invalid index alias/);
  });
});
