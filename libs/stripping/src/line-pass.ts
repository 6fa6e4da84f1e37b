/**
 * Pass 1, each line on its own: lexicon, credit lines, page dates, site history,
 * duplicates, foreign script; and whether the line is running prose.
 */
import { parseDate } from '@app/arabic';
import { isLongDisclaimer, lineKey, matchLexicon } from './boilerplate-lexicon';
import { parseByline, siteFromAppPromo, siteFromCopyright, siteFromFollowLine } from './byline';
import { isGoodParagraph, isSentenceLike, latinShare } from './line-features';
import { drop, pageDateOf, type Line, type PageFacts } from './page-lines';
import { historyHashOfKey, MAX_HISTORY_LINE, recursOnSite, type SiteLineStats } from './site-history';

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const GENERIC_SOURCES = new Set(['وكالات', 'وكالات الأنباء', 'agencies', 'متابعات']);

/** Whether the page's prose is Arabic (menus may be in English while the article is not). */
function arabicPage(lines: Line[]): boolean {
  const prose = lines.filter((l) => isGoodParagraph(l.f));
  let letters = 0;
  let arabic = 0;
  for (const l of prose.length ? prose : lines) {
    letters += l.f.letters;
    arabic += l.f.arabicLetters;
  }
  return arabic >= letters * 0.5;
}

/** "- لا.", "نعم!": a one-word reply closed as a sentence (a word of two letters or more). */
const isShortAnswer = (text: string) => /(?:^|[\s\-–—■●•"«])[\u0621-\u064Aa-zA-Z]{2,}[.!؟?]["»”]?$/.test(text);

export function judgeLines(lines: Line[], facts: PageFacts, history: SiteLineStats | undefined): void {
  const arabic = arabicPage(lines);
  const firstProse = lines.findIndex((l) => isGoodParagraph(l.f));
  const seen = new Set<string>();
  for (const l of lines) {
    if (l.text.length === 0) {
      drop(l, 'empty');
      continue;
    }
    if (l.f.letters === 0) {
      const date = l.f.digits > 0 ? pageDateOf(l) : undefined;
      if (date !== undefined) {
        drop(l, 'page-date');
        facts.publishedAt ??= date;
      } else drop(l, 'symbols');
      continue;
    }
    l.good = isGoodParagraph(l.f);
    if (l.tag === 'figcaption' || l.tag === 'caption') {
      drop(l, 'caption');
      continue;
    }
    if (l.key && lexicon(l, facts)) continue;
    if (!l.key && isLongDisclaimer(l.text)) {
      drop(l, 'disclaimer');
      continue;
    }
    // "أ", "A+", "10:45 ص": too few letters to be a word of the article, even a sub-heading;
    // a two-letter word closed as a sentence is an answer ("- لا." in an interview).
    if (l.f.letters <= 2 && l.f.words <= 3 && !isShortAnswer(l.text)) {
      drop(l, l.f.digits > 0 && pageDateOf(l) !== undefined ? 'page-date' : 'fragment');
      continue;
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
    if (seen.has(dupKey) && !HEADING_TAGS.has(l.tag ?? '')) {
      drop(l, 'duplicate');
      continue;
    }
    seen.add(dupKey);
    if (l.key && !l.good && (credit(l, facts, firstProse >= 0 && l.index < firstProse) || pageDate(l, facts))) continue;
    // A French cookie notice or an English blurb is not part of an Arabic article.
    if (arabic && latinShare(l.f) > 0.5) drop(l, 'foreign-script');
  }
}

function lexicon(l: Line, facts: PageFacts): boolean {
  l.hit = matchLexicon(l.text, l.norm, l.key);
  if (!l.hit) return false;
  drop(l, l.hit.kind);
  if (l.hit.kind === 'follow-us') facts.followSite ??= siteFromFollowLine(l.text);
  if (l.hit.kind === 'copyright') facts.copyrightSite ??= siteFromCopyright(l.text);
  if (l.hit.kind === 'app-promo') facts.followSite ??= siteFromAppPromo(l.text);
  // "نشر في: ...", "تاريخ البث: الاثنين 17 نوفمبر 2025": the page's own date.
  if (l.hit.kind === 'page-meta' || (l.hit.kind === 'program-info' && l.f.digits > 0)) facts.publishedAt ??= parseDate(l.text);
  // "تغطية: عمر الزين | تصوير: فهد العمري": a photo credit sharing its line with the reporter's.
  if (l.hit.kind === 'caption' && /\s[|•·]\s/.test(l.text)) {
    for (const part of l.text.split(/\s+[|•·]\s+/)) {
      const author = parseByline(part)?.author;
      if (author) {
        facts.author ??= author;
        facts.authorLine ??= l.text;
        break;
      }
    }
  }
  return true;
}

function credit(l: Line, facts: PageFacts, aboveBody: boolean): boolean {
  l.credit = parseByline(l.text, { aboveBody });
  if (!l.credit) return false;
  // "كونا" alone above the article is the agency's own masthead, not a credit.
  if (aboveBody && l.credit.kind === 'source-credit' && !/[():：]/.test(l.text) && l.credit.source) {
    l.credit = { kind: 'site-name', site: l.credit.source };
  }
  drop(l, l.credit.kind);
  facts.author ??= l.credit.author ?? null;
  if (l.credit.author) facts.authorLine ??= l.text;
  facts.creditLine ??= l.text;
  // "وكالات" (agencies) credits no one in particular.
  if (l.credit.source && !GENERIC_SOURCES.has(l.credit.source)) facts.source ??= l.credit.source;
  facts.datelineSite ??= l.credit.site ?? null;
  if (l.f.digits > 0) facts.publishedAt ??= parseDate(l.text);
  return true;
}

function pageDate(l: Line, facts: PageFacts): boolean {
  if (l.f.digits === 0) return false;
  const date = pageDateOf(l);
  if (date === undefined) return false;
  drop(l, 'page-date');
  facts.publishedAt ??= date;
  return true;
}
