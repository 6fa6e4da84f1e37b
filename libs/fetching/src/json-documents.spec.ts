import { fixture } from './test-fixtures';
import { parseJsonDocuments } from './json-documents';

describe('parseJsonDocuments', () => {
  it('keeps the good NDJSON lines and reports the broken one by line number', () => {
    const r = parseJsonDocuments(fixture('docs.ndjson').toString('utf8'), 'ndjson');
    expect(r.documents.map((d) => d.position)).toEqual(['line 1', 'line 2', 'line 5']);
    expect(r.documents[1].paragraphs).toHaveLength(2);
    expect(r.documents[2].author).toBe('مراسل');
    expect(r.errors).toEqual([{ position: 'line 3', reason: expect.stringMatching(/^invalid JSON/) }]);
  });

  it('reads an array of objects, reporting the item without a body', () => {
    const r = parseJsonDocuments(fixture('docs.json').toString('utf8'), 'json');
    expect(r.documents.map((d) => d.position)).toEqual(['item 1', 'item 3']);
    expect(r.documents[0]).toMatchObject({ title: 'العنوان الأول', url: 'https://news.example/1', publishedAt: '2024-03-29', author: 'محرر', site: 'شبكة الأخبار' });
    expect(r.errors).toEqual([{ position: 'item 2', reason: expect.stringContaining('no body') }]);
  });

  it('accepts body, text or content, as a string or an array of paragraphs', () => {
    const r = parseJsonDocuments('{"content": "سطر أول\\n\\nسطر ثان"}', 'json');
    expect(r.documents[0].paragraphs).toEqual(['سطر أول', 'سطر ثان']);
    expect(parseJsonDocuments('{"text": ["أ", "ب"]}', 'json').documents[0].paragraphs).toEqual(['أ', 'ب']);
  });

  it('tells NDJSON from JSON when no format is given', () => {
    expect(parseJsonDocuments(fixture('docs.ndjson').toString('utf8')).documents).toHaveLength(3);
    expect(parseJsonDocuments(fixture('docs.json').toString('utf8')).documents).toHaveLength(2);
  });

  it('explains what is wrong with each bad entry', () => {
    const r = parseJsonDocuments('[1, {"body": 5}, {"body": "  "}, null]', 'json');
    expect(r.documents).toEqual([]);
    expect(r.errors.map((e) => e.reason)).toEqual([
      'expected an object, got number',
      '"body" must be a string or an array of strings',
      '"body" is empty',
      'expected an object, got null',
    ]);
  });

  it('reports invalid JSON as one error, with the line when the engine gives a position', () => {
    const r = parseJsonDocuments('[\n{"body": "a"},\n{"body": "b"\n', 'json');
    expect(r.documents).toEqual([]);
    expect(r.errors).toEqual([{ position: expect.stringMatching(/^(line 4|document)$/), reason: expect.stringMatching(/^invalid JSON: /) }]);
  });
});
