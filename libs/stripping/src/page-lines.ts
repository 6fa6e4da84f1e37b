/** The stripper's view of a page: one Line per block, with features and a verdict. */
import { findDates, normalizeArabic, parseDate } from '@app/arabic';
import type { TextBlock } from '@app/contracts';
import { keyOfNormalized, type LexiconHit } from './boilerplate-lexicon';
import type { BylineInfo } from './byline';
import { lineFeatures, type LineFeatures } from './line-features';

/** Lines up to this length get the full (costlier) normalisation used by the lexicon. */
const SHORT_LINE = 200;
/** Lines up to this length are looked up even when they read as sentences (comment notices). */
const SHORT_LEXICON_LINE = 120;

export interface Line {
  index: number;
  text: string;
  tag: string | undefined;
  f: LineFeatures;
  /** normalizeArabic(text) and its lexicon key; '' for long lines, which skip the lexicon. */
  norm: string;
  key: string;
  /** Running prose (isGoodParagraph). */
  good: boolean;
  hit: LexiconHit | null;
  credit: BylineInfo | null;
  /** Why the line was dropped; null while it is (still) body. */
  reason: string | null;
}

export function buildLine(block: TextBlock, index: number): Line {
  // Trimmed only: paragraphs are returned exactly as they stand in the input.
  const text = (block.text ?? '').trim();
  const f = lineFeatures(text);
  // Lexicon lines are short; a long line with sentence punctuation is never looked up.
  const short = text.length <= SHORT_LEXICON_LINE || (text.length <= SHORT_LINE && !f.hasSentencePunct);
  const norm = short ? normalizeArabic(text) : '';
  const key = short ? keyOfNormalized(norm) : '';
  return { index, text, tag: block.tag?.toLowerCase(), f, norm, key, good: false, hit: null, credit: null, reason: null };
}

/** Records why a line is dropped; the first reason given stands. */
export function drop(line: Line, reason: string): void {
  if (line.reason === null) line.reason = reason;
}

/**
 * The date of a line that is (mostly) a date — "الجمعة، 19 رمضان 1445 ، 29 مارس 2024",
 * "12/03/2017 10:30" — as ISO or null when it does not resolve; undefined when the line
 * is not a date line.
 */
export function pageDateOf(line: Line): string | null | undefined {
  if (line.f.words > 14 || (line.f.digits === 0 && line.f.words > 4)) return undefined;
  const mentions = findDates(line.text);
  if (mentions.length === 0) return undefined;
  let covered = 0;
  for (const m of mentions) covered += m.end - m.start;
  const rest = line.text.length - covered;
  // What is left besides the dates is punctuation, times or a label word or two.
  const restText = mentions.reduceRight((t, m) => t.slice(0, m.start) + ' ' + t.slice(m.end), line.text);
  // Particles and time marks of two letters ("le", "à", "14h32", "م") are not words of a sentence.
  const restWords = restText.replace(/[\d:٠-٩|,،\-–/.()]+/g, ' ').split(/\s+/).filter((w) => w.length > 2).length;
  if (restWords > 3 && rest > covered && !DATE_LABEL.test(line.text)) return undefined;
  // A page states a full date or a time; "حرب أكتوبر 1973" is a sub-heading.
  const iso = parseDate(line.text);
  if ((iso === null || iso.length < 10) && !/\d{1,2}:\d{2}/.test(line.text)) return undefined;
  return iso;
}

/** "نُشر في: 12/3/2025 - آخر تحديث: ... (بتوقيت مكة المكرمة)": a labelled date line may carry more words. */
const DATE_LABEL = /^(?:نُ?شر|تاريخ\s+النشر|آخر\s+تحديث|اخر\s+تحديث|تم\s+النشر|published|updated|posted|publié|mis\s+à\s+jour)/i;

/** What the page says about itself besides the article, gathered while reading it. */
export interface PageFacts {
  author: string | null;
  /** The credit line naming the author, else the first credit line: the byline. */
  authorLine: string | null;
  creditLine: string | null;
  source: string | null;
  site: string | null;
  /** Weaker evidence of the site's name, used in this order when nothing better is found. */
  followSite: string | null;
  copyrightSite: string | null;
  datelineSite: string | null;
  publishedAt: string | null;
}
