import type { FetchedMeta } from '@app/contracts';

/** Which <meta> names/properties feed which field, first one found wins. */
const META_FIELDS: Record<string, keyof FetchedMeta> = {
  'og:title': 'ogTitle',
  'og:site_name': 'siteName',
  'article:published_time': 'publishedTime',
  'og:article:published_time': 'publishedTime',
  'datepublished': 'publishedTime',
  'pubdate': 'publishedTime',
  'publishdate': 'publishedTime',
  'dc.date.issued': 'publishedTime',
  'sailthru.date': 'publishedTime',
  author: 'author',
  'article:author': 'author',
  'dc.creator': 'author',
  'og:url': 'canonicalUrl',
  'application-name': 'siteName',
};

/** Collects head metadata while the HTML is streamed; explicit tags beat JSON-LD. */
export class MetaCollector {
  private readonly found: FetchedMeta = {};
  private ld: FetchedMeta = {};
  private canonical: string | null = null;

  element(tag: string, attrs: Record<string, string>): void {
    if (tag === 'html') {
      if (attrs.lang) this.set('lang', attrs.lang);
      return;
    }
    if (tag === 'link') {
      if (/(^|\s)canonical(\s|$)/i.test(attrs.rel ?? '') && attrs.href && !this.canonical) this.canonical = attrs.href.trim();
      return;
    }
    const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').trim().toLowerCase();
    const content = attrs.content ?? attrs.datetime;
    if (attrs['http-equiv']?.toLowerCase() === 'content-language' && attrs.content) this.setIfEmpty('lang', attrs.content);
    const field = META_FIELDS[key];
    if (!field || !content) return;
    // article:author is often a profile URL; a URL is not a name.
    if (field === 'author' && /^https?:\/\//i.test(content.trim())) return;
    this.setIfEmpty(field, content);
  }

  jsonLd(meta: FetchedMeta): void {
    this.ld = { ...meta, ...this.ld };
  }

  result(title: string): FetchedMeta {
    const out: FetchedMeta = { ...this.ld, ...this.found };
    if (title) out.title = title;
    if (this.canonical) out.canonicalUrl = this.canonical;
    return out;
  }

  private set(field: keyof FetchedMeta, value: string): void {
    const v = value.replace(/\s+/g, ' ').trim();
    if (v) this.found[field] = v;
  }

  private setIfEmpty(field: keyof FetchedMeta, value: string): void {
    if (this.found[field] === undefined) this.set(field, value);
  }
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** headline, datePublished, author and publisher name of the first Article-like JSON-LD node. */
export function metaFromJsonLd(source: string): FetchedMeta {
  let data: Json;
  try {
    data = JSON.parse(source) as Json;
  } catch {
    return {};
  }
  const nodes: Json[] = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray(data['@graph']) ? data['@graph'] : [data];
  for (const node of nodes) {
    if (!node || typeof node !== 'object' || Array.isArray(node)) continue;
    const type = JSON.stringify(node['@type'] ?? '');
    if (!/Article|Posting|Report/.test(type)) continue;
    const out: FetchedMeta = {};
    if (typeof node.headline === 'string' && node.headline.trim()) out.ogTitle = node.headline.trim();
    if (typeof node.datePublished === 'string' && node.datePublished.trim()) out.publishedTime = node.datePublished.trim();
    const author = nameOf(node.author);
    if (author) out.author = author;
    const site = nameOf(node.publisher);
    if (site) out.siteName = site;
    return out;
  }
  return {};
}

function nameOf(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join('، ') || null;
  if (v && typeof v === 'object' && typeof v.name === 'string') return v.name;
  return null;
}
