import { FetchError } from './errors';
import { fixture, seedLines } from './test-fixtures';
import { splitUpload, toFetchedDocument, toFetchedDocuments } from './to-document';

describe('toFetchedDocument', () => {
  it('makes one block per non-empty line of a text file', () => {
    const doc = toFetchedDocument(fixture('seed000.windows-1256.txt'), 'seed.txt');
    expect(doc).toMatchObject({ format: 'text', encoding: 'windows-1256', decodingErrors: false, meta: {} });
    expect(doc.blocks).toEqual(seedLines().map((text) => ({ text })));
  });

  it('extracts an HTML page, trusting the HTTP charset over nothing but the bytes', () => {
    const doc = toFetchedDocument(fixture('seed000.declared-utf8-is-1256.html'), 'https://news.example/a', { declaredCharset: 'utf-8', contentType: 'text/html; charset=utf-8' });
    expect(doc.format).toBe('html');
    expect(doc.encoding).toBe('windows-1256');
    expect(doc.meta).toMatchObject({ siteName: 'شبكة الأخبار', lang: 'ar', canonicalUrl: 'https://news.example/article/123' });
    expect(doc.blocks.some((b) => b.text === 'الأكثر قراءة')).toBe(false);
  });

  it('turns a single JSON object into a document with its title in meta', () => {
    const doc = toFetchedDocument(Buffer.from('{"title":"عنوان","body":["فقرة أولى","فقرة ثانية"],"author":"فلان"}'), 'https://api.example/item', { contentType: 'application/json' });
    expect(doc).toEqual({ format: 'json', blocks: [{ text: 'فقرة أولى' }, { text: 'فقرة ثانية' }], meta: { title: 'عنوان', author: 'فلان' }, encoding: 'UTF-8', decodingErrors: false });
  });

  it('flags invalid bytes without rejecting the document', () => {
    const doc = toFetchedDocument(fixture('invalid-bytes.utf8.txt'), 'broken.txt');
    expect(doc.decodingErrors).toBe(true);
    expect(doc.blocks.length).toBe(seedLines().length);
  });

  it('throws a non-retryable FetchError for content that is not a document', () => {
    const png = (() => { try { toFetchedDocument(fixture('image.png'), 'https://x.example/r'); } catch (e) { return e; } })() as FetchError;
    expect(png).toBeInstanceOf(FetchError);
    expect(png).toMatchObject({ code: 'unsupported_type', retryable: false });
    expect(png.message).toContain('"https://x.example/r" is a PNG image');
    // PDFs and the other formats of @app/formats are read by its readDocument, not here.
    expect(() => toFetchedDocument(fixture('report.pdf'), 'r.pdf')).toThrow(expect.objectContaining({ code: 'unsupported_type', message: expect.stringContaining('@app/formats') }));
    expect(() => toFetchedDocument(Buffer.alloc(0), 'e.txt')).toThrow(expect.objectContaining({ code: 'empty' }));
    expect(() => toFetchedDocument(fixture('docs.ndjson'), 'docs.ndjson')).toThrow(/holds 3 documents/);
    expect(() => toFetchedDocument(Buffer.from('{"title":"x"}'), 'a.json')).toThrow(/no body/);
  });
});

describe('splitUpload', () => {
  it('splits a zip into members, refusing the nested archive and the image only', async () => {
    const { units, rejected } = await splitUpload(fixture('good.zip'), 'good.zip');
    expect(units.map((u) => u.name)).toEqual(['good.zip/news/seed.txt', 'good.zip/news/page.html', 'good.zip/news/more.ndjson#line-1', 'good.zip/news/more.ndjson#line-2']);
    expect(rejected).toEqual([
      { name: 'good.zip/inner.zip', status: 415, error: expect.stringContaining('nested archives') },
      { name: 'good.zip/image.png', status: 415, error: expect.stringContaining('"good.zip/image.png" is a PNG image') },
    ]);
    for (const u of units) expect(() => toFetchedDocument(u.bytes, u.name)).not.toThrow();
  });

  it.each([
    ['bomb-ratio.zip', 413],
    ['bomb-lying-header.zip', 413],
    ['dotdot.zip', 400],
    ['absolute.zip', 400],
  ])('rejects all of %s with %s', async (file, status) => {
    const { units, rejected } = await splitUpload(fixture(file), file);
    expect(units).toEqual([]);
    expect(rejected).toEqual([{ name: file, status, error: expect.stringContaining(`"${file}" was rejected`) }]);
  });

  it('gives one unit per JSON object and a 400 per broken entry', async () => {
    const r = await toFetchedDocuments(fixture('docs.ndjson'), 'docs.ndjson');
    expect(r.documents.map((d) => d.name)).toEqual(['docs.ndjson#line-1', 'docs.ndjson#line-2', 'docs.ndjson#line-5']);
    expect(r.documents[0].document.meta.title).toBe('خبر أول');
    expect(r.rejected).toEqual([{ name: 'docs.ndjson#line-3', status: 400, error: expect.stringContaining('line 3: invalid JSON') }]);
  });

  it('answers 415 and 400 for refused uploads', async () => {
    expect((await splitUpload(fixture('setup.exe'), 'setup.exe')).rejected[0]).toMatchObject({ status: 415 });
    expect((await splitUpload(fixture('empty.txt'), 'empty.txt')).rejected[0]).toMatchObject({ status: 400 });
  });
});
