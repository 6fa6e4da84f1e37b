import { FeedParseError, parseFeed } from './feed-parser';

describe('parseFeed', () => {
  it('reads an RSS 2.0 feed with its ttl and sy:updatePeriod, resolving relative links', () => {
    const feed = parseFeed(
      `<?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
        <channel><title>أخبار</title><ttl>30</ttl><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>4</sy:updateFrequency>
          <item><title>الخبر الأول</title><link>/news/1</link><pubDate>Wed, 06 Mar 2024 09:15:00 GMT</pubDate></item>
          <item><title>الثاني</title><guid isPermaLink="true">https://example.test/news/2#top</guid></item>
          <item><title>بلا رابط</title></item>
        </channel></rss>`,
      'https://example.test/feed.xml',
    );
    expect(feed.kind).toBe('rss');
    expect(feed.entries).toEqual([
      { url: 'https://example.test/news/1', title: 'الخبر الأول', publishedAt: '2024-03-06T09:15:00.000Z' },
      { url: 'https://example.test/news/2', title: 'الثاني' },
    ]);
    expect(feed.minPollMinutes).toBe(30);
  });

  it('reads an Atom feed, taking the alternate link', () => {
    const feed = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
      <entry><title>مقال</title><link rel="self" href="https://e.test/api/1"/><link rel="alternate" href="https://e.test/a/1"/><updated>2024-03-07T10:00:00Z</updated></entry>
    </feed>`);
    expect(feed).toMatchObject({ kind: 'atom', entries: [{ url: 'https://e.test/a/1', title: 'مقال', publishedAt: '2024-03-07T10:00:00.000Z' }] });
  });

  it('reads a news sitemap with publication dates and titles, and a sitemap index', () => {
    const news = parseFeed(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://e.test/2024/03/07/story</loc><news:news><news:publication><news:name>e</news:name><news:language>ar</news:language></news:publication>
        <news:publication_date>2024-03-07T08:00:00+03:00</news:publication_date><news:title>عنوان</news:title></news:news></url>
      <url><loc>https://e.test/about</loc><lastmod>2023-01-01</lastmod></url></urlset>`);
    expect(news.entries).toEqual([
      { url: 'https://e.test/2024/03/07/story', title: 'عنوان', publishedAt: '2024-03-07T05:00:00.000Z' },
      { url: 'https://e.test/about', publishedAt: '2023-01-01T00:00:00.000Z', updatedAt: '2023-01-01T00:00:00.000Z' },
    ]);
    const index = parseFeed(`<sitemapindex><sitemap><loc>https://e.test/news-sitemap.xml</loc></sitemap></sitemapindex>`);
    expect(index).toEqual({ kind: 'sitemap-index', entries: [{ url: 'https://e.test/news-sitemap.xml' }] });
  });

  it('drops links that are not http(s) and refuses what is not a feed', () => {
    const feed = parseFeed(`<rss><channel><item><link>javascript:alert(1)</link></item><item><link>file:///etc/passwd</link></item></channel></rss>`);
    expect(feed.entries).toEqual([]);
    expect(() => parseFeed('<html><body>not a feed</body></html>')).toThrow(FeedParseError);
    expect(() => parseFeed('<rss><channel><item>')).toThrow(FeedParseError);
  });

  it('does not expand entity bombs', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
      <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
      <rss><channel><title>&lol4;</title></channel></rss>`;
    let title: string | undefined;
    try {
      title = parseFeed(bomb).title;
    } catch (err) {
      expect(err).toBeInstanceOf(FeedParseError);
    }
    expect((title ?? '').length).toBeLessThan(100_000);
  });
});
