import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** What a source document lists: article URLs, or (a sitemap index) further sitemaps. */
export type FeedKind = 'rss' | 'atom' | 'sitemap' | 'sitemap-index';

export interface FeedEntry {
  url: string;
  title?: string;
  /** ISO date the feed gives for the entry's publication (pubDate, published, news publication date, else lastmod). */
  publishedAt?: string;
  /** ISO date of the entry's last change when the feed gives one (Atom updated, sitemap lastmod, dc:modified). */
  updatedAt?: string;
}

export interface ParsedFeed {
  kind: FeedKind;
  title?: string;
  /** Article URLs (rss, atom, sitemap) or child sitemap URLs (sitemap-index), in document order. */
  entries: FeedEntry[];
  /** How often the publisher asks to be polled at most (RSS <ttl>, <sy:updatePeriod>/<sy:updateFrequency>), in minutes. */
  minPollMinutes?: number;
}

export class FeedParseError extends Error {
  override readonly name = 'FeedParseError';
}

const LISTS = new Set(['item', 'entry', 'url', 'sitemap', 'link']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // <news:news>, <sy:updatePeriod>, <atom:link>: read by local name.
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => LISTS.has(name),
  // A feed has no business nesting deeply or defining entities that expand.
  maxNestedTags: 200,
  processEntities: { maxEntityCount: 100, maxEntitySize: 10_000 } as never,
});

/** Minutes per <sy:updatePeriod>; the frequency divides it. */
const PERIOD_MINUTES: Record<string, number> = { hourly: 60, daily: 1440, weekly: 10080, monthly: 43200, yearly: 525600 };

/** Parses RSS 2.0, Atom, a sitemap (news sitemaps included) or a sitemap index. */
export function parseFeed(xml: string, baseUrl?: string): ParsedFeed {
  // The parser is lenient (an unclosed feed parses); a truncated download must not read as a short feed.
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new FeedParseError(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  let doc: Record<string, any>;
  try {
    doc = parser.parse(xml);
  } catch (err) {
    throw new FeedParseError(`not well-formed XML: ${(err as Error).message}`);
  }
  if (doc.rss?.channel) return rss(doc.rss.channel, baseUrl);
  if (doc.RDF) return rss({ ...doc.RDF.channel, item: doc.RDF.item }, baseUrl);
  if (doc.feed) return atom(doc.feed, baseUrl);
  if (doc.urlset) return sitemap(doc.urlset, baseUrl);
  if (doc.sitemapindex) {
    const entries = list(doc.sitemapindex.sitemap).flatMap((s) => entry(text(s.loc), undefined, { updated: text(s.lastmod) }, baseUrl));
    return { kind: 'sitemap-index', entries };
  }
  throw new FeedParseError('neither an RSS or Atom feed nor a sitemap (no <rss>, <feed>, <urlset> or <sitemapindex> root)');
}

function rss(channel: Record<string, any>, baseUrl?: string): ParsedFeed {
  const entries = list(channel.item).flatMap((item) => {
    const guid = item.guid;
    const permalink = typeof guid === 'object' && guid['@_isPermaLink'] !== 'false' ? text(guid) : undefined;
    const dates = { published: text(item.pubDate) ?? text(item.date), updated: text(item.updated) ?? text(item.modified) };
    return entry(text(list(item.link)[0]) ?? permalink, text(item.title), dates, baseUrl);
  });
  const ttl = Number(text(channel.ttl));
  const period = PERIOD_MINUTES[(text(channel.updatePeriod) ?? '').toLowerCase()];
  const frequency = Math.max(1, Number(text(channel.updateFrequency)) || 1);
  const hints = [ttl > 0 ? ttl : undefined, period ? period / frequency : undefined].filter((m): m is number => m !== undefined);
  return { kind: 'rss', title: text(channel.title), entries, ...(hints.length ? { minPollMinutes: Math.max(...hints) } : {}) };
}

function atom(feed: Record<string, any>, baseUrl?: string): ParsedFeed {
  const entries = list(feed.entry).flatMap((e) => {
    const links = list(e.link);
    const alternate = links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? links[0];
    const href = typeof alternate === 'object' ? alternate['@_href'] : text(alternate);
    return entry(href, text(e.title), { published: text(e.published), updated: text(e.updated) }, baseUrl);
  });
  return { kind: 'atom', title: text(feed.title), entries };
}

function sitemap(urlset: Record<string, any>, baseUrl?: string): ParsedFeed {
  const entries = list(urlset.url).flatMap((u) => {
    const news = Array.isArray(u.news) ? u.news[0] : u.news;
    return entry(text(u.loc), text(news?.title), { published: text(news?.publication_date), updated: text(u.lastmod) }, baseUrl);
  });
  return { kind: 'sitemap', entries };
}

interface EntryDates {
  published?: string;
  updated?: string;
}

/** One entry with an absolute http(s) URL, or none (relative links resolve against the feed's URL). */
function entry(href: string | undefined, title: string | undefined, dates: EntryDates, baseUrl?: string): FeedEntry[] {
  if (!href) return [];
  let url: URL;
  try {
    url = new URL(href, baseUrl);
  } catch {
    return [];
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return [];
  url.hash = '';
  const publishedAt = isoDate(dates.published) ?? isoDate(dates.updated);
  const updatedAt = isoDate(dates.updated);
  return [{ url: url.href, ...(title ? { title } : {}), ...(publishedAt ? { publishedAt } : {}), ...(updatedAt ? { updatedAt } : {}) }];
}

function isoDate(value: string | undefined): string | undefined {
  const when = value ? Date.parse(value) : NaN;
  return Number.isFinite(when) ? new Date(when).toISOString() : undefined;
}

function list(value: unknown): any[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

/** Text content of a parsed node: a string, or an element's #text (with attributes beside it). */
function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && '#text' in (value as object)) return text((value as { '#text': unknown })['#text']);
  return undefined;
}
