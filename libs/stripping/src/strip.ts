/**
 * The boilerplate stripper: page blocks in, the article out, with every dropped
 * block accounted for.  Pure and synchronous; per-site history is passed in as a
 * snapshot (see site-history.ts).
 *
 * Passes:
 *  1. each line on its own (line-pass.ts): lexicon, credit lines, page dates, site
 *     history, duplicates, foreign script, and whether it is running prose ("good");
 *     then the text of embedded tweets and gallery captions (embeds.ts);
 *  2. markers (body-bounds.ts): a related-articles list or the comments after the
 *     first good paragraph end the body; "اقرأ أيضاً" takes its headlines;
 *  3. the title (title-pass.ts): meta title, <h1>, or the headline-like line above the body;
 *  4. context (body-bounds.ts): short lines between good paragraphs are sub-headings
 *     and stay; above and below the body only lede and closing sentences stay.
 */
import { parseDate } from '@app/arabic';
import type { FetchedMeta, RemovedBlock, StrippedArticle, TextBlock } from '@app/contracts';
import { applyContext, applyMarkers, dropCreditedCaptions, dropPullQuotes } from './body-bounds';
import { dateFromLead, sourceFromLead } from './byline';
import { dropEmbeddedText } from './embeds';
import { fullerName, mastheadName } from './masthead';
import { splitGluedHeading } from './glued-paragraphs';
import { detectLanguage } from './language';
import { judgeLines } from './line-pass';
import { buildLine, type Line, type PageFacts } from './page-lines';
import type { SiteLineStats } from './site-history';
import { findBareNameByline } from './signature-pass';
import { findTitle } from './title-pass';

export interface StripInput {
  blocks: TextBlock[];
  meta?: FetchedMeta;
  /** Host or site key of the page; informational (the history snapshot is already per site). */
  siteHint?: string;
}

export interface StripOptions {
  /** Split sub-headings glued to the end of the previous paragraph (default true). */
  splitGlued?: boolean;
}

/**
 * Strips a page down to its article.  `history` is the site's line statistics read
 * before the call (`await siteHistory.lookup(site, lines)`); record the page after it
 * (`await siteHistory.record(site, lines)`).
 */
export function stripBoilerplate(input: StripInput, history?: SiteLineStats, options: StripOptions = {}): StrippedArticle {
  const meta = input.meta ?? {};
  const lines = (input.blocks ?? []).map(buildLine);
  const facts: PageFacts = {
    author: meta.author?.trim() || null,
    authorLine: null,
    creditLine: null,
    source: null,
    site: meta.siteName?.trim() || null,
    followSite: null,
    copyrightSite: null,
    datelineSite: null,
    publishedAt: null,
  };

  judgeLines(lines, facts, history);
  dropEmbeddedText(lines);
  applyMarkers(lines);
  const { title, line: titleLine } = findTitle(lines, meta, facts);
  applyContext(lines, titleLine);
  dropPullQuotes(lines);
  dropCreditedCaptions(lines, [facts.site, facts.followSite, facts.copyrightSite, facts.datelineSite]);
  findBareNameByline(lines, titleLine, facts);

  const paragraphs: string[] = [];
  const removed: RemovedBlock[] = [];
  for (const l of lines) {
    if (l.reason !== null) removed.push({ index: l.index, text: l.text, reason: l.reason });
    else if (options.splitGlued === false) paragraphs.push(l.text);
    else paragraphs.push(...splitGluedHeading(l.text));
  }

  return {
    title,
    paragraphs,
    byline: facts.authorLine ?? facts.creditLine,
    author: facts.author,
    source: facts.source ?? (paragraphs.length > 0 ? sourceFromLead(paragraphs[0]) : null),
    site: siteOf(facts, mastheadName(lines)),
    publishedAt:
      (meta.publishedTime ? normalizeIsoDate(meta.publishedTime) : null) ?? facts.publishedAt ?? (paragraphs.length > 0 ? dateFromLead(paragraphs[0]) : null),
    language: languageOf(lines),
    removed,
  };
}

/** The best evidence of the site's name, in the masthead's fuller spelling when it has one. */
function siteOf(facts: PageFacts, masthead: string | null): string | null {
  const found = siteName(facts.site ?? facts.followSite ?? facts.copyrightSite ?? facts.datelineSite);
  return found ? fullerName(found, masthead) : siteName(masthead);
}

/**
 * The site's name without the generic word "موقع" ("موقع تونس اليوم" -> "تونس اليوم"), an
 * "official site of" ("الموقع الرسمي لنادي الشروق" -> "نادي الشروق") or a year beside it
 * as copyright lines put it ("مجلة الفنون 2025", "© 2025 الوادي").
 */
export function siteName(name: string | null): string | null {
  if (!name) return null;
  const bare = name
    .trim()
    .replace(/^(?:ال)?موقع\s+(?:ال)?(?:رسمي|إلكتروني|الكتروني)\s+ل(?:ـ\s*)?(?=\S{2})/, '')
    .replace(/^(?:the\s+)?official\s+(?:web)?site\s+of\s+/i, '')
    .replace(/^(?:موقع|website)\s+/i, '')
    .replace(/^(?:©\s*)?[\d٠-٩]{4}(?:\s*[-–]\s*[\d٠-٩]{4})?\s*[-–|.,،]?\s+/, '')
    .replace(/\s+[-–|.,،]?\s*(?:©\s*)?[\d٠-٩]{4}(?:\s*[-–]\s*[\d٠-٩]{4})?\s*$/, '')
    .trim();
  return bare || name.trim();
}

/** Language of the kept lines (of the whole page when nothing is kept). */
function languageOf(lines: Line[]): string | null {
  const kept = lines.some((l) => l.reason === null) ? lines.filter((l) => l.reason === null) : lines;
  const counts = { arabicLetters: 0, latinLetters: 0, letters: 0, persianLetters: 0, urduLetters: 0 };
  for (const { f } of kept) {
    counts.arabicLetters += f.arabicLetters;
    counts.latinLetters += f.latinLetters;
    counts.letters += f.letters;
    counts.persianLetters += f.persianLetters;
    counts.urduLetters += f.urduLetters;
  }
  // Only non-Arabic pages need the text itself (function words, other scripts).
  const text = counts.arabicLetters >= counts.letters * 0.5 ? '' : kept.map((l) => l.text).join('\n');
  return detectLanguage(counts, text);
}

/** A meta date as ISO: "2024-03-29T10:00:00+03:00" stays, other parseable forms are converted. */
function normalizeIsoDate(value: string): string | null {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) return v;
  const t = Date.parse(v);
  if (!Number.isNaN(t)) return new Date(t).toISOString();
  return parseDate(v);
}
