/**
 * Where the article starts and ends.  Pass 2: a related-articles list or the comments
 * end the body, and "اقرأ أيضاً" takes the headlines it points to.  Pass 4: context —
 * short lines between good paragraphs are sub-headings and stay; above the body only
 * lede sentences stay, below it only closing sentences.
 */
import { isClosingParagraph, isLede, isSentenceLike } from './line-features';
import { drop, type Line } from './page-lines';
import { lineKey } from './boilerplate-lexicon';
import { contentWords, isTitleLike } from './title';

/**
 * Lines that close an article when they follow it: the signature or author box, the
 * source credit, a disclaimer, tags, share and follow bars.  What comes after them is
 * the page ("أكاديمية وكاتبة سعودية..." under the author's name is a bio, not body).
 */
const ARTICLE_END = new Set([
  'byline', 'source-credit', 'disclaimer', 'tags', 'share-bar', 'follow-us', 'newsletter', 'app-promo', 'copyright', 'end-mark',
  'feedback', 'related-articles', 'comment-form', 'read-more',
]);

/** Kinds that only stand at the very end of a page. */
const PAGE_END = new Set(['comment-form', 'copyright', 'back-to-top', 'newsletter', 'captcha']);
/** How far past a related-articles box the article may go on. */
const RESUME_WINDOW = 8;
/** Headlines a bare "اقرأ أيضاً" may point at. */
const MAX_POINTED = 6;
/** Words a standfirst has at least. */
const STANDFIRST_WORDS = 9;
/** Line pairs compared when looking for pull quotes. */
const MAX_PULL_QUOTE_PAIRS = 250_000;
/** Lines (list items, sub-headings) a closing sentence may lie past the body and still extend it. */
const MAX_ANCHOR_GAP = 6;

/** Opens with the conjunction و or ف, as Arabic news sentences that carry the story on do. */
const CONTINUATION = /^[وف][\u0621-\u064A]{2,}/;
/** A line that carries prose on: opens with a conjunction, or has a comma or colon inside. */
const continuesProse = (text: string) => CONTINUATION.test(text) || /[،,:؛]/.test(text);

/**
 * A related-articles box set inside the article ("مواضيع ذات صلة" and a few headlines,
 * then the story goes on): the body resumes when, within a few lines and before any
 * end-of-page furniture, a long paragraph continues the narrative ("وأضاف ...",
 * "فيما ...") or reads as a finished sentence, which a cut-off teaser does not.
 */
function bodyResumes(lines: Line[], marker: number): boolean {
  for (let j = marker + 1; j < lines.length && j <= marker + RESUME_WINDOW; j++) {
    const l = lines[j];
    if (l.hit && (PAGE_END.has(l.hit.kind) || l.hit.terminal)) return false;
    if (l.reason === null && l.good) {
      if (CONTINUATION.test(l.text) || CONNECTIVE.test(l.text)) return true;
      // Otherwise two finished paragraphs in a row: a teaser list alternates headlines and blurbs.
      const next = lines.slice(j + 1).find((n) => n.reason === null);
      return closesSentence(l.text) && next !== undefined && next.good && closesSentence(next.text);
    }
  }
  return false;
}

/**
 * Discourse connectives that open a paragraph carrying a story on, as و/ف do:
 * "من جهتها، أعلنت ...", "في المقابل، ...", "غير أن ...", "إلى ذلك، ...".
 */
const CONNECTIVE = /^(?:من\s+جهت|من\s+جانب|في\s+المقابل|في\s+غضون|في\s+سياق|غير\s+أن|إلا\s+أن|إلى\s+ذلك|بدوره|بدورها|كما\s|لكن|أما\s|يذكر\s+أن|يشار\s+إلى|على\s+صعيد)/;

/**
 * A paragraph closed by a full stop, not a teaser cut off with "...".
 */
const closesSentence = (text: string) => /[.!؟?]["'”»)]*\s*$/.test(text) && !/(?:\.\.|…)["'”»)]*\s*$/.test(text);

/** Content words a headline must share with the first good paragraph to be the article's title. */
const TITLE_OVERLAP = 3;

function restatesLede(lines: Line[], l: Line): boolean {
  const lede = lines.find((x) => x.index > l.index && x.reason === null && x.good);
  if (!lede) return false;
  const words = contentWords(lede.text);
  let shared = 0;
  for (const w of contentWords(l.text)) if (words.has(w) && ++shared >= TITLE_OVERLAP) return true;
  return false;
}

/** Pass 2: markers that end the body or point at other articles' headlines. */
export function applyMarkers(lines: Line[]): void {
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
      // Above the body, a list ("الأكثر قراءة" in a sidebar) may run into the article's own
      // title, which restates the lede; that line is not one of the list's headlines.
      if (!seenGood && restatesLede(lines, l)) {
        pointed = -1;
        continue;
      }
      if (pointed === 0 || (l.f.words >= 4 && isTitleLike(l.text) && pointed < MAX_POINTED)) {
        drop(l, pointReason);
        pointed++;
      } else pointed = -1;
    }
  }
}

/** Pass 4: header and footer around the good paragraphs. */
export function applyContext(lines: Line[], titleLine = -1): void {
  let first = -1;
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].reason === null && lines[i].good) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) {
    // No paragraph reads as prose: keep sentence-like lines only (a short brief).
    for (const l of lines) if (l.reason === null && !isSentenceLike(l.f)) drop(l, 'no-body-context');
    return;
  }
  const ledes = ledeLines(lines, first);
  const standfirst = standfirstLine(lines, titleLine, first);
  if (standfirst >= 0) ledes.add(standfirst);
  last = extendByClosingSentences(lines, last);
  const footerFrom = footerStart(lines, last, first);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.reason !== null) continue;
    if (i < first && !ledes.has(i)) drop(l, 'header');
    else if (i >= footerFrom) drop(l, 'footer');
  }
}

/**
 * The lede: full sentences right before the first long paragraph (credit lines and ads
 * may sit between).  A kicker or a caption above them stops the run.
 */
function ledeLines(lines: Line[], first: number): Set<number> {
  const ledes = new Set<number>();
  for (let i = first - 1; i >= 0; i--) {
    const l = lines[i];
    if (l.reason !== null) continue;
    if (!isLede(l.f)) break;
    ledes.add(i);
  }
  return ledes;
}

/**
 * The standfirst: the first line under the title (credit and date lines aside) when it
 * reads as a sentence of nine words or more with function words in it ("الأمم المتحدة تحذر
 * من أن التعهدات لا تغطي سوى ثلث الاحتياجات"), unlike a caption or a kicker.
 */
function standfirstLine(lines: Line[], titleLine: number, first: number): number {
  if (titleLine < 0) return -1;
  for (let i = titleLine + 1; i < first; i++) {
    const l = lines[i];
    if (l.reason !== null) continue;
    // Captions under a title are shorter ("شباب ينتظرون أمام مكتب للتوظيف في العاصمة").
    return l.f.words >= STANDFIRST_WORDS && l.f.stopDensity >= 0.2 && !l.f.endsQuestion ? i : -1;
  }
  return -1;
}

/**
 * A short paragraph closed by a full stop after the last long one also anchors the
 * body, when what lies between looks like body (a list and its lead-in, a sub-heading,
 * an embed).  Past headline-like lines it takes a sentence that carries the story on
 * ("وأوصى التقرير ..."), which a list of other articles' headlines is not followed by.
 * Returns the new last index of the body.
 */
function extendByClosingSentences(lines: Line[], last: number): number {
  let gap = 0;
  let headlines = false;
  for (let i = last + 1; i < lines.length && gap <= MAX_ANCHOR_GAP; i++) {
    const l = lines[i];
    if (l.reason !== null && ARTICLE_END.has(l.reason)) break;
    if (l.reason !== null) continue;
    if (isClosingParagraph(l.f) && l.f.endsFullStop) {
      if (headlines && !CONTINUATION.test(l.text)) break;
      last = i;
      gap = 0;
      headlines = false;
    } else {
      if (l.f.words >= 4 && isTitleLike(l.text)) headlines = true;
      gap++;
    }
  }
  return last;
}

/**
 * Closing paragraphs after the last long one: contiguous (furniture already dropped
 * may sit between); the line right after the body may also be a question that carries
 * the prose on ("يبقى السؤال: هل ...؟", "فهل ...؟"), unlike a headline ("هل يستمر ...؟").
 * Returns the index where the footer starts.
 */
function footerStart(lines: Line[], last: number, first: number): number {
  let adjacent = true;
  // No furniture yet between the body and this line: interview turns and quotes may go on.
  let contiguous = true;
  const turns = bodyTurnMarkers(lines, first, last);
  let prev = lines[last];
  for (let i = last + 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.reason !== null && ARTICLE_END.has(l.reason)) return i + 1;
    if (l.reason !== null) {
      if (l.reason !== 'advertisement' && l.reason !== 'duplicate') adjacent = contiguous = false;
      continue;
    }
    const turn = contiguous && closesShortSentence(l.text) && (turns.has(turnMarker(l.text) ?? '') || introducedQuote(prev, l));
    if (turn || isClosingParagraph(l.f) || (adjacent && isSentenceLike(l.f) && continuesProse(l.text))) {
      adjacent = false;
      prev = l;
      continue;
    }
    return i;
  }
  return lines.length;
}

/**
 * What opens a turn of an interview or a transcript: "■ لماذا؟", "- لأن ...", "س: ...".
 * Interviews mark questions and answers this way, headline lists rarely with the same mark.
 */
const TURN_MARK = /^\s*(?:([■□●▪◾◆►▶•\-–—])|([سج])\s*[:：/])/;
function turnMarker(text: string): string | null {
  const m = TURN_MARK.exec(text);
  if (!m) return null;
  return m[1] ? (m[1] === '–' || m[1] === '—' ? '-' : m[1]) : 'س-ج';
}

/** Turn marks that open two body lines or more: the page is an interview ("■ question" / "- answer"). */
function bodyTurnMarkers(lines: Line[], first: number, last: number): Set<string> {
  const counts = new Map<string, number>();
  for (let i = first; i <= last; i++) {
    if (lines[i].reason !== null) continue;
    const m = turnMarker(lines[i].text);
    if (m) counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([m]) => m));
}

/** A short line closed as a sentence or a quote: "■ كلمة أخيرة؟", '- "استمعوا بقلوبكم".', "- لا." */
const closesShortSentence = (text: string) => /[.!؟?…]["'”»)]*\s*$|^[^\p{L}]*["«“].*["»”][.!؟?]?\s*$/u.test(text);

/** A quote announced by the line before: 'وقالت سيدة ...:' then '"أخيراً سنجد من يأتي إلينا".' */
const introducedQuote = (prev: Line, l: Line) => /[:：]\s*$/.test(prev.text) && /^\s*["«“]/.test(l.text);

/**
 * Pull quotes: a short kept line that repeats words of a kept paragraph verbatim
 * ("«لن نتراجع عن مطالبنا»" beside the paragraph that quotes it) is page design.
 */
export function dropPullQuotes(lines: Line[]): void {
  const kept = lines.filter((l) => l.reason === null);
  const long = kept.filter((l) => l.good);
  // Quadratic in the page's lines: skipped on huge pages, where a few pull quotes matter little.
  if (kept.length * long.length > MAX_PULL_QUOTE_PAIRS) return;
  for (const l of kept) {
    if (l.good || l.f.words < 5) continue;
    const quote = l.text.replace(/^[\s«"“'(]+|[\s»"”')]+$/g, '');
    if (quote.length >= 20 && long.some((p) => p !== l && p.text.includes(quote))) drop(l, 'pull-quote');
  }
}

/**
 * Captions credited to the page's own outlet: "سيول تجتاح أحد الشوارع صباح اليوم (الشرق)"
 * on a site called "الشرق الإخبارية".  (Agency and photo credits are caught by the lexicon.)
 */
export function dropCreditedCaptions(lines: Line[], siteNames: Array<string | null>): void {
  const sites = siteNames.filter((s): s is string => !!s).map((s) => ` ${lineKey(s)} `);
  if (sites.length === 0) return;
  for (const l of lines) {
    if (l.reason !== null || l.good || l.f.words > 14 || !l.key) continue;
    const m = FINAL_CREDIT.exec(l.text);
    if (!m || /[.!?؟]\s*$/.test(l.text.slice(0, m.index))) continue;
    const credit = lineKey(m[1]);
    if (credit && sites.some((s) => s.includes(` ${credit} `))) drop(l, 'caption');
  }
}

/** A short credit in brackets closing a line: "... (الشرق)". */
const FINAL_CREDIT = /\(([^()\d]{2,30})\)\s*$/;
