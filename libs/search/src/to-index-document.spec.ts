import { searchTokens } from '@app/arabic';
import { makeDocument } from '../test/fixtures';
import { toIndexDocument } from './to-index-document';

describe('toIndexDocument', () => {
  it('keeps the document and adds stemmed and exact search fields built by searchTokens', () => {
    const doc = makeDocument('d1', ['بدأت الخلافات في سوريةَ.'], { title: 'خلافات بين إيران وروسيا' });
    const out = toIndexDocument(doc, new Date('2024-01-01T00:00:00Z'));
    expect(out).toMatchObject(doc);
    expect(out.search.exact).toBe(searchTokens(`${doc.title}\n${doc.body}`, { stem: false }));
    expect(out.search.text).toBe(searchTokens(`${doc.title}\n${doc.body}`, { stem: true }));
    expect(out.search.title_exact).toBe('خلافات بين ايران وروسيا');
    expect(out.search.exact).toContain('سوريه');
    expect(out.search.text.split(' ')).toContain('خلاف');
    expect(out.indexedAt).toBe('2024-01-01T00:00:00.000Z');
  });

  it('handles a document without title', () => {
    const out = toIndexDocument(makeDocument('d2', ['نص']));
    expect(out.search.title).toBe('');
    expect(out.search.exact).toBe('نص');
  });
});
