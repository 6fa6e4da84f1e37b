/**
 * The boilerplate stripper: page blocks in, the article out, with every dropped
 * block accounted for.  Pure and synchronous; per-site history is passed in as a
 * snapshot (see site-history.ts).
 *
 * Passes:
 *  1. each line on its own: lexicon (menus, share bars, ads, forms...), credit
 *     lines (bylines, datelines), page dates, site history, foreign script, and
 *     whether it is running prose ("good", jusText-style features);
 *  2. the related-articles or comments marker after the first good paragraph ends the body;
 *  3. the title: meta title, <h1>, or the first headline-like line before the body;
 *  4. context: short lines between good paragraphs are sub-headings and stay; short
 *     lines before the body are header, after it footer, unless they read as sentences.
 */
import { normalizeArabic, parseDate } from '@app/arabic';
import type { FetchedMeta, RemovedBlock, StrippedArticle, TextBlock } from '@app/contracts';
import { keyOfNormalized, lineKey, matchLexicon, type LexiconHit } from './boilerplate-lexicon';
import { parseByline, siteFromCopyright, siteFromFollowLine, sourceFromLead, type BylineInfo } from './byline';
import { splitGluedHeading } from './glued-paragraphs';
import { detectLanguage } from './language';
import { isClosingParagraph, isGoodParagraph, isLede, isSentenceLike, latinShare, lineFeatures, type LineFeatures } from './line-features';
import { historyHashOfKey, MAX_HISTORY_LINE, recursOnSite, type SiteLineStats } from './site-history';
import { contentWords, isTitleLike, splitSiteName } from './title';
import { findDates } from '@app/arabic';

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

/** Lines up to this length get the full (costlier) normalisation used by the lexicon. */
const SHORT_LINE = 200;
/** Lines up to this length are looked up even when they read as sentences (comment notices). */
const SHORT_LEXICON_LINE = 120;

interface Line {
  index: number;
  text: string;
  tag: string | undefined;
  f: LineFeatures;
  /** normalizeArabic(text) and its lexicon key; '' for long lines, which skip the lexicon. */
  norm: string;
  key: string;
  good: boolean;
  hit: LexiconHit | null;
  credit: BylineInfo | null;
  reason: string | null;
}

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function buildLine(block: TextBlock, index: number): Line {
  // Trimmed only: paragraphs are returned exactly as they stand in the input.
  const text = (block.text ?? '').trim();
  const f = lineFeatures(text);
  // Lexicon lines are short; a long line with sentence punctuation is never looked up.
  const short = text.length <= SHORT_LEXICON_LINE || (text.length <= SHORT_LINE && !f.hasSentencePunct);
  const norm = short ? normalizeArabic(text) : '';
  const key = short ? keyOfNormalized(norm) : '';
  return { index, text, tag: block.tag?.toLowerCase(), f, norm, key, good: false, hit: null, credit: null, reason: null };
}

/** A line that is (mostly) a date: "الجمعة، 19 رمضان 1445 ، 29 مارس 2024", "12/03/2017 10:30". */
function pageDateOf(line: Line): string | null | undefined {
  if (line.f.words > 14 || (line.f.digits === 0 && line.f.words > 4)) return undefined;
  const mentions = findDates(line.text);
  if (mentions.length === 0) return undefined;
  let covered = 0;
  for (const m of mentions) covered += m.end - m.start;
  const rest = line.text.length - covered;
  // What is left besides the dates is punctuation, times or a label word or two.
  const restText = mentions.reduceRight((t, m) => t.slice(0, m.start) + ' ' + t.slice(m.end), line.text);
  const restWords = restText.replace(/[\d:٠-٩|,،\-–/.()]+/g, ' ').split(/\s+/).filter(Boolean).length;
  if (restWords > 3 && rest > covered) return undefined;
  return parseDate(line.text);
}

export function stripBoilerplate(input: StripInput, history?: SiteLineStats, options: StripOptions = {}): StrippedArticle {
  const meta = input.meta ?? {};
  const lines = (input.blocks ?? []).map(buildLine);
  const removed: RemovedBlock[] = [];
  const drop = (line: Line, reason: string) => {
    if (line.reason === null) line.reason = reason;
  };

  // The page's script is that of its prose when it has some (menus may be in English).
  const prose = lines.filter((l) => isGoodParagraph(l.f));
  let letters = 0;
  let arabic = 0;
  for (const l of prose.length ? prose : lines) {
    letters += l.f.letters;
    arabic += l.f.arabicLetters;
  }
  const arabicPage = arabic >= letters * 0.5;

  // Pass 1: each line on its own.
  let author: string | null = meta.author?.trim() || null;
  let byline: string | null = null;
  let source: string | null = null;
  let site: string | null = meta.siteName?.trim() || null;
  // Weaker evidence of the site's name, used in this order when nothing better is found.
  let followSite: string | null = null;
  let copyrightSite: string | null = null;
  let datelineSite: string | null = null;
  let publishedAt: string | null = null;
  const seenText = new Set<string>();
  for (const l of lines) {
    if (l.text.length === 0) {
      drop(l, 'empty');
      continue;
    }
    if (l.f.letters === 0) {
      const date = l.f.digits > 0 ? pageDateOf(l) : undefined;
      if (date !== undefined) {
        drop(l, 'page-date');
        publishedAt ??= date;
      } else drop(l, 'symbols');
      continue;
    }
    l.good = isGoodParagraph(l.f);
    if (l.tag === 'figcaption' || l.tag === 'caption') {
      drop(l, 'caption');
      continue;
    }
    if (l.key) {
      l.hit = matchLexicon(l.text, l.norm, l.key);
      if (l.hit) {
        drop(l, l.hit.kind);
        if (l.hit.kind === 'follow-us') followSite ??= siteFromFollowLine(l.text);
        if (l.hit.kind === 'copyright') copyrightSite ??= siteFromCopyright(l.text);
        if (l.hit.kind === 'page-meta') publishedAt ??= parseDate(l.text);
        continue;
      }
    }
    if (history && history.docCount > 0 && l.text.length <= MAX_HISTORY_LINE * 3) {
      const hash = historyHashOfKey(l.key || lineKey(l.text));
      if (recursOnSite(history, hash, l.good || isSentenceLike(l.f))) {
        drop(l, 'site-recurring');
        continue;
      }
    }
    // A block seen before on this page (a repeated headline or paragraph).
    const dupKey = l.key || l.text;
    if (seenText.has(dupKey) && !HEADING_TAGS.has(l.tag ?? '')) {
      drop(l, 'duplicate');
      continue;
    }
    seenText.add(dupKey);
    if (l.key) {
      if (!l.good) {
        l.credit = parseByline(l.text);
        if (l.credit) {
          drop(l, l.credit.kind);
          author ??= l.credit.author ?? null;
          if (l.credit.author || !byline) byline = l.credit.author ? l.text : (byline ?? l.text);
          source ??= l.credit.source ?? null;
          datelineSite ??= l.credit.site ?? null;
          if (l.f.digits > 0) publishedAt ??= parseDate(l.text);
          continue;
        }
        if (l.f.digits > 0) {
          const date = pageDateOf(l);
          if (date !== undefined) {
            drop(l, 'page-date');
            publishedAt ??= date;
            continue;
          }
        }
      }
    }
    if (arabicPage && latinShare(l.f) > 0.5 && !l.good) drop(l, 'foreign-script');
  }

  // Pass 2: a related-articles list or the comments end the body, once the body has begun.
  let seenGood = false;
  // Lines of the headline list after a bare "اقرأ أيضاً" so far; -1 outside such a list.
  let pointed = -1;
  let pointReason = 'read-also';
  let terminal: string | null = null;
  for (const l of lines) {
    if (terminal) {
      drop(l, terminal);
      continue;
    }
    if (l.reason === null && l.good) {
      seenGood = true;
      pointed = -1;
      continue;
    }
    if (l.hit?.terminal && seenGood && !(l.hit.kind === 'related-articles' && bodyResumes(lines, l.index))) {
      terminal = l.hit.kind;
      continue;
    }
    // A bare "اقرأ أيضاً" (or a list marker before the body) points at headlines: the first
    // line after it is one; later ones only while they look like headlines (4+ words),
    // since a short line there is the article's next sub-heading.
    if (l.hit && (l.hit.kind === 'read-also' || l.hit.terminal) && l.key.split(' ').length <= 4) {
      pointed = 0;
      pointReason = l.hit.kind;
      continue;
    }
    if (pointed >= 0 && l.reason === null) {
      if (pointed === 0 || (l.f.words >= 4 && isTitleLike(l.text) && pointed < 6)) {
        drop(l, pointReason);
        pointed++;
      } else pointed = -1;
    }
  }

  // Pass 3: the title.
  const firstGood = lines.findIndex((l) => l.reason === null && l.good);
  const beforeBody = firstGood < 0 ? lines.length : firstGood;
  const keysBefore = new Set(lines.slice(0, beforeBody).filter((l) => l.key).map((l) => l.key));
  let title: string | null = null;
  let titleKey: string | null = null;
  const metaTitle = meta.ogTitle?.trim() || meta.title?.trim() || null;
  const takeTitle = (l: Line, text: string, siteName: string | null) => {
    drop(l, siteName ? 'title-with-site-name' : 'title');
    title ??= text;
    titleKey ??= keyOfNormalized(normalizeArabic(text));
    if (siteName) site ??= siteName;
  };
  const h1 = lines.find((l) => l.tag === 'h1' && (l.reason === null || l.reason === 'duplicate') && isTitleLike(l.text));
  const takeLine = (l: Line) => {
    const split = splitSiteName(l.text, site, keysBefore);
    takeTitle(l, split.title, split.site);
  };
  if (metaTitle) {
    // The page's own headline line is preferred to the meta title (which sites shorten or brand).
    const split = splitSiteName(metaTitle, site, keysBefore);
    if (split.site) site ??= split.site;
    const metaKey = keyOfNormalized(normalizeArabic(split.title));
    const fullKey = keyOfNormalized(normalizeArabic(metaTitle));
    const match = lines.find((l) => l.key && (l.key === metaKey || l.key === fullKey) && !l.good);
    if (match) takeTitle(match, match.key === metaKey ? match.text : split.title, match.key === metaKey ? null : split.site);
    else if (h1) takeLine(h1);
    else {
      title = split.title;
      titleKey = metaKey;
    }
  } else {
    const candidates = lines.slice(0, beforeBody).filter((l) => l.reason === null && isTitleLike(l.text));
    const pick = h1 ?? bestTitleCandidate(candidates, lines);
    if (pick) takeLine(pick);
  }
  if (titleKey) {
    for (const l of lines) {
      if (l.key === titleKey && !l.good) drop(l, 'title');
      else if (l.key && l.key.startsWith(titleKey) && l.reason === null && !l.good && l.index < beforeBody) {
        const split = splitSiteName(l.text, site, new Set([titleKey]));
        if (split.site && keyOfNormalized(normalizeArabic(split.title)) === titleKey) {
          drop(l, 'title-with-site-name');
          site ??= split.site;
        }
      }
    }
  }

  // Pass 4: context.
  let first = -1;
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].reason === null && lines[i].good) {
      if (first < 0) first = i;
      last = i;
    }
  }
  // The lede: full sentences right before the first long paragraph (credit lines and ads
  // may sit between).  A kicker or a caption above them stops the run.
  const ledes = new Set<number>();
  for (let i = first - 1; i >= 0; i--) {
    const l = lines[i];
    if (l.reason !== null) continue;
    if (!(isLede(l.f))) break;
    ledes.add(i);
  }
  // A short paragraph closed by a full stop after the last long one also anchors the
  // body, when what lies between looks like body (a list and its lead-in, a sub-heading)
  // rather than a list of headlines.
  if (first >= 0) {
    let gap = 0;
    for (let i = last + 1; i < lines.length && gap <= MAX_ANCHOR_GAP; i++) {
      const l = lines[i];
      if (l.reason !== null) continue;
      if (isClosingParagraph(l.f) && l.f.endsFullStop) {
        last = i;
        gap = 0;
      } else if (l.f.words >= 4 && isTitleLike(l.text)) break;
      else gap++;
    }
  }

  // Closing paragraphs after the last long one: contiguous (furniture already dropped
  // may sit between); the line right after the body may also be a question that carries
  // the prose on ("يبقى السؤال: هل ...؟", "فهل ...؟"), unlike a headline ("هل يستمر ...؟").
  let footerFrom = lines.length;
  if (first >= 0) {
    let adjacent = true;
    for (let i = last + 1; i < lines.length; i++) {
      const l = lines[i];
      if (l.reason !== null) {
        if (l.reason !== 'advertisement' && l.reason !== 'duplicate') adjacent = false;
        continue;
      }
      if (isClosingParagraph(l.f) || (adjacent && isSentenceLike(l.f) && continuesProse(l.text))) {
        adjacent = false;
        continue;
      }
      footerFrom = i;
      break;
    }
  }
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.reason !== null) continue;
    if (first < 0) {
      // No paragraph reads as prose: keep sentence-like lines only (a short brief).
      if (!isSentenceLike(l.f)) drop(l, 'no-body-context');
    } else if (i < first) {
      if (!ledes.has(i)) drop(l, 'header');
    } else if (i >= footerFrom) drop(l, 'footer');
  }

  dropPullQuotes(lines);

  const paragraphs: string[] = [];
  for (const l of lines) {
    if (l.reason !== null) {
      removed.push({ index: l.index, text: l.text, reason: l.reason });
      continue;
    }
    if (options.splitGlued === false) paragraphs.push(l.text);
    else paragraphs.push(...splitGluedHeading(l.text));
  }

  if (paragraphs.length > 0) source ??= sourceFromLead(paragraphs[0]);
  site ??= followSite ?? copyrightSite ?? datelineSite;
  if (meta.publishedTime) publishedAt = normalizeIsoDate(meta.publishedTime) ?? publishedAt;

  return {
    title,
    paragraphs,
    byline,
    author,
    source,
    site,
    publishedAt,
    language: languageOf(lines),
    removed,
  };
}

/**
 * Pull quotes: a short kept line that repeats words of a kept paragraph verbatim
 * ("«لن نتراجع عن مطالبنا»" beside the paragraph that quotes it) is page design.
 */
function dropPullQuotes(lines: Line[]): void {
  const kept = lines.filter((l) => l.reason === null);
  const long = kept.filter((l) => l.good);
  for (const l of kept) {
    if (l.good || l.f.words < 5) continue;
    const quote = l.text.replace(/^[\s«"“'(]+|[\s»"”')]+$/g, '');
    if (quote.length >= 20 && long.some((p) => p !== l && p.text.includes(quote))) l.reason = 'pull-quote';
  }
}

/** A line that carries prose on: opens with a conjunction, or has a comma or colon inside. */
const continuesProse = (text: string) => /^[وف][\u0621-\u064A]/.test(text) || /[،,:؛]/.test(text);

/** Kinds that only stand at the very end of a page. */
const PAGE_END = new Set(['comment-form', 'copyright', 'back-to-top', 'newsletter', 'captcha']);
/** Lines (list items, sub-headings) a closing sentence may lie past the body and still extend it. */
const MAX_ANCHOR_GAP = 6;
/** How far past a related-articles box the article may go on. */
const RESUME_WINDOW = 8;

/**
 * A related-articles box set inside the article ("مواضيع ذات صلة" and a few headlines,
 * then the story goes on): the body resumes when, within a few lines and before any
 * end-of-page furniture, a long paragraph continues the narrative ("وأضاف ...",
 * "فيما ..."), which a teaser of another article does not do.
 */
function bodyResumes(lines: Line[], marker: number): boolean {
  for (let j = marker + 1; j < lines.length && j <= marker + RESUME_WINDOW; j++) {
    const l = lines[j];
    if (l.hit && (PAGE_END.has(l.hit.kind) || l.hit.terminal)) return false;
    if (l.reason === null && l.good) return /^[وف][\u0621-\u064A]{2,}/.test(l.text);
  }
  return false;
}

/**
 * Among headline-like lines above the body, the one sharing most words with the first
 * paragraphs: a title restates the lede, while a caption, ticker or slogan does not.
 * Ties go to the earlier line, and lines of four words or more beat shorter ones.
 */
function bestTitleCandidate(candidates: Line[], lines: Line[]): Line | undefined {
  if (candidates.length <= 1) return candidates[0];
  const lead = lines.filter((l) => l.reason === null && l.good).slice(0, 2);
  const body = contentWords(lead.map((l) => l.text).join(' '));
  let best: Line | undefined;
  let bestScore = -1;
  for (const c of candidates) {
    let shared = 0;
    for (const w of contentWords(c.text)) if (body.has(w)) shared++;
    const score = shared * 2 + (c.f.words >= 4 ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
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
