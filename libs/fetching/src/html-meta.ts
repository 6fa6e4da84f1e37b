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

/** <meta> names whose content summarises the article: the last fallback when no body is found. */
const DESCRIPTION_KEYS = new Set(['og:description', 'description', 'twitter:description']);

/** Collects head metadata while the HTML is streamed; explicit tags beat JSON-LD. */
export class MetaCollector {
  private readonly found: FetchedMeta = {};
  private ld: FetchedMeta = {};
  private canonical: string | null = null;
  /** og/meta description (longest of them), for the "meta" fallback. */
  description: string | null = null;
  /** JSON-LD articleBody (longest), for the "json-ld" fallback. */
  articleBody: string | null = null;

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
    if (DESCRIPTION_KEYS.has(key) && attrs.content && attrs.content.trim().length > (this.description?.length ?? 0)) this.description = attrs.content.trim();
    const field = META_FIELDS[key];
    if (!field || !content) return;
    // article:author is often a profile URL; a URL is not a name.
    if (field === 'author' && /^https?:\/\//i.test(content.trim())) return;
    this.setIfEmpty(field, content);
  }

  jsonLd(source: string): void {
    const { meta, articleBody } = readJsonLd(source);
    this.ld = { ...meta, ...this.ld };
    if (articleBody && articleBody.length > (this.articleBody?.length ?? 0)) this.articleBody = articleBody;
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

/** headline, datePublished, author, publisher name and articleBody of the first Article-like JSON-LD node. */
export function readJsonLd(source: string): { meta: FetchedMeta; articleBody?: string } {
  let data: Json;
  try {
    // CMSs wrap JSON-LD in CDATA or comments to protect old parsers.
    data = JSON.parse(source.replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, '')) as Json;
  } catch {
    return { meta: {} };
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
    const body = typeof node.articleBody === 'string' ? node.articleBody.trim() : '';
    return body ? { meta: out, articleBody: body } : { meta: out };
  }
  return { meta: {} };
}

function nameOf(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join('، ') || null;
  if (v && typeof v === 'object' && typeof v.name === 'string') return v.name;
  return null;
}
