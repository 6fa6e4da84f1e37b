import { documentFingerprint, hashKey, historyHashes, recursOnSite, siteKeyOf } from './site-history';

describe('siteKeyOf', () => {
  it('prefers the canonical URL host, without www', () => {
    expect(siteKeyOf({ canonicalUrl: 'https://www.Example.com/a/b' }, { url: 'https://other.test/x' })).toBe('example.com');
  });
  it('falls back to the source URL, then the site name', () => {
    expect(siteKeyOf({}, { url: 'https://news.example.org/1' })).toBe('news.example.org');
    expect(siteKeyOf({ siteName: 'صحيفة المدار' }, { name: 'upload.html' })).toBe('صحيفه-المدار');
  });
  it('returns null when nothing names the site', () => {
    expect(siteKeyOf({}, { name: 'file.txt' })).toBeNull();
    expect(siteKeyOf(undefined)).toBeNull();
  });
});

describe('line hashing', () => {
  it('hashes normalised lines, so spelling variants count as one line', () => {
    expect(historyHashes(['اقرأ أيضاً'])).toEqual(historyHashes(['اقرا ايضا']));
    expect(hashKey('a')).not.toBe(hashKey('b'));
  });
  it('skips empty and very long lines and de-duplicates', () => {
    expect(historyHashes(['', '   ', 'x'.repeat(2000)])).toEqual([]);
    expect(historyHashes(['اتصل بنا', 'اتصل بنا'])).toHaveLength(1);
  });
  it('fingerprints a document independently of line order', () => {
    expect(documentFingerprint(['a', 'b'])).toBe(documentFingerprint(['b', 'a']));
  });
});

describe('recursOnSite', () => {
  const stats = (docCount: number, n: number) => ({ docCount, counts: new Map([['h', n]]) });
  it('needs a few documents of the site and a few occurrences', () => {
    expect(recursOnSite(stats(2, 2), 'h')).toBe(false);
    expect(recursOnSite(stats(10, 2), 'h')).toBe(false);
    expect(recursOnSite(stats(10, 3), 'h')).toBe(true);
  });
  it('asks more of prose lines', () => {
    expect(recursOnSite(stats(10, 4), 'h', true)).toBe(false);
    expect(recursOnSite(stats(20, 6), 'h', true)).toBe(false);
    expect(recursOnSite(stats(10, 6), 'h', true)).toBe(true);
  });
});
