/**
 * Learning from the flow: lines that recur across documents of one site are that
 * site's boilerplate (menus, footers, sidebars).  The stripper itself stays sync
 * and pure, so the store is used around it:
 *
 *   const stats = await history.lookup(site, lines);        // snapshot before
 *   const article = stripBoilerplate({ blocks, meta }, stats);
 *   await history.record(site, lines);                       // learn after
 *
 * Only short lines are counted (long paragraphs are article text, and would only
 * fill the store); a document with the same lines as one already recorded is not
 * counted twice, so retries and re-ingests do not turn an article into boilerplate.
 */
import type { FetchedMeta } from '@app/contracts';
import { lineKey } from './boilerplate-lexicon';

/** Counts for one document's lines, read before stripping it. */
export interface SiteLineStats {
  /** Documents of the site recorded so far. */
  docCount: number;
  /** lineHash -> number of recorded documents of the site containing that line. */
  counts: ReadonlyMap<string, number>;
}

export interface SiteHistory {
  /** Counts of these lines (raw block texts) among the site's recorded documents. */
  lookup(site: string, lines: readonly string[]): Promise<SiteLineStats>;
  /** Adds one document's lines to the site's statistics (a repeat of the same lines is ignored). */
  record(site: string, lines: readonly string[]): Promise<void>;
}

/** Injection token of the app's SiteHistory (see StrippingModule). */
export const SITE_HISTORY = Symbol('SITE_HISTORY');

/** Lines longer than this (normalised key) are never counted. */
export const MAX_HISTORY_LINE = 300;
/** A line seen in at least this many other documents of the site is boilerplate... */
export const MIN_RECURRENCE = 3;
/** ...once the site has at least this many documents recorded. */
export const MIN_SITE_DOCS = 3;
/**
 * A line that reads as prose (a site's "about us" blurb, a standing disclaimer) needs
 * more: in this many documents and in half of the site's documents, so that a
 * background paragraph repeated in a few follow-up stories stays.
 */
export const MIN_RECURRENCE_PROSE = 5;

/** 53-bit FNV-1a-style hash in base 36: short keys, collisions negligible per site. */
export function hashKey(key: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return ((h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff)).toString(36);
}

/** Hash of a line's comparison key, or null when the line is not counted (empty or long). */
export function historyHashOfKey(key: string): string | null {
  return key.length === 0 || key.length > MAX_HISTORY_LINE ? null : hashKey(key);
}

/** Distinct hashes of a document's countable lines. */
export function historyHashes(lines: readonly string[]): string[] {
  const out = new Set<string>();
  for (const line of lines) {
    if (line.length > MAX_HISTORY_LINE * 3) continue;
    const h = historyHashOfKey(lineKey(line));
    if (h) out.add(h);
  }
  return [...out];
}

/** Fingerprint of a whole document (its countable lines), to skip repeats. */
export function documentFingerprint(hashes: readonly string[]): string {
  return hashKey([...hashes].sort().join(' '));
}

/** Whether a line is boilerplate by the site's history (see the thresholds above). */
export function recursOnSite(stats: SiteLineStats | undefined, hash: string | null, prose = false): boolean {
  if (!stats || hash === null || stats.docCount < MIN_SITE_DOCS) return false;
  const n = stats.counts.get(hash) ?? 0;
  if (prose) return n >= MIN_RECURRENCE_PROSE && n * 2 >= stats.docCount;
  return n >= MIN_RECURRENCE;
}

/** The key a site's statistics are kept under: the host of the page, else its site name. */
export function siteKeyOf(meta: FetchedMeta | undefined, source?: { url?: string; name?: string }): string | null {
  for (const url of [meta?.canonicalUrl, source?.url]) {
    if (!url) continue;
    try {
      const host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
      if (host) return host;
    } catch {
      // not a URL: try the next candidate
    }
  }
  const name = meta?.siteName ? lineKey(meta.siteName) : '';
  return name ? name.replace(/\s+/g, '-') : null;
}

/** In-process SiteHistory for tests and single-process tools; same semantics as the Redis one. */
export class InMemorySiteHistory implements SiteHistory {
  private readonly sites = new Map<string, { docs: number; lines: Map<string, number>; seen: Set<string> }>();

  async lookup(site: string, lines: readonly string[]): Promise<SiteLineStats> {
    const entry = this.sites.get(site);
    const counts = new Map<string, number>();
    if (entry) {
      for (const h of historyHashes(lines)) {
        const n = entry.lines.get(h);
        if (n) counts.set(h, n);
      }
    }
    return { docCount: entry?.docs ?? 0, counts };
  }

  async record(site: string, lines: readonly string[]): Promise<void> {
    const hashes = historyHashes(lines);
    if (hashes.length === 0) return;
    let entry = this.sites.get(site);
    if (!entry) this.sites.set(site, (entry = { docs: 0, lines: new Map(), seen: new Set() }));
    const fingerprint = documentFingerprint(hashes);
    if (entry.seen.has(fingerprint)) return;
    entry.seen.add(fingerprint);
    entry.docs++;
    for (const h of hashes) entry.lines.set(h, (entry.lines.get(h) ?? 0) + 1);
  }
}
