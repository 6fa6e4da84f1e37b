import type { TextBlock } from '@app/contracts';
import type { PdfLayout, PdfLine } from './bbox-layout';
import { visualLineToLogical } from './visual-line';

/** A line in reading order with the geometry paragraphs are built from. */
interface Line {
  text: string;
  page: number;
  yMin: number;
  yMax: number;
  height: number;
}

/** Thresholds of the layout rules, in one place. */
const LAYOUT = {
  /** A line pitch this many times the page's usual one starts a paragraph (paragraph spacing). */
  paragraphPitch: 1.2,
  /** Lines this much taller than the body's are headings. */
  headingHeight: 1.15,
  /** Share of pages a top/bottom line must repeat on to be a running header or footer. */
  runningShare: 0.5,
  /** How many lines at the top and at the bottom of a page may be header or footer. */
  marginLines: 2,
  /** Fewer visible characters per page than this: no text layer (a scan). */
  minCharsPerPage: 16,
};

// "12", "- 3 -", "صفحة 4", "Page 2 of 9", "٣ / ١٠".
const PAGE_NUMBER = /^[\s\-–—|•]*(?:page|p\.|صفحة|الصفحة|ص)?\s*[\d٠-٩]+(?:\s*(?:of|من|\/)\s*[\d٠-٩]+)?[\s\-–—|•]*$/i;
const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// Kashida stretches justified Arabic (بـــدأت); it is layout, not text.
const KASHIDA = /(?<=\p{L}\p{M}*)\u0640+(?=\p{L})/gu;
const UNTITLED = /^(untitled|sans titre|بدون عنوان|microsoft word - .*|.*\.(docx?|odt|rtf|pdf|txt))$/i;

export interface PdfText {
  blocks: TextBlock[];
  title: string | null;
  /** Visible characters per page, for telling a scan from a text PDF. */
  charsPerPage: number;
}

/**
 * Turns a PDF's words into paragraphs in reading order: lines in logical order,
 * running headers, footers and page numbers dropped, lines joined into paragraphs
 * by the spacing between them, headings told by their height; title from the
 * document information, else the first heading.
 */
export function pdfText(layout: PdfLayout): PdfText {
  const pages = layout.pages.map((p, page) =>
    p.lines.map((l) => toLine(l, page)).filter((l) => l.text !== ''),
  );
  const chars = pages.flat().reduce((n, l) => n + l.text.replace(/\s/g, '').length, 0);
  const kept = dropRunningLines(pages);
  const bodyHeight = median(kept.flat().map((l) => l.height));
  const usual = usualPitch(kept);
  const paragraphs = acrossPages(kept.map((lines) => paragraphsOf(lines, usual)));
  const blocks: TextBlock[] = [];
  let firstHeading: string | null = null;
  for (const p of paragraphs) {
    const heading = p.height > bodyHeight * LAYOUT.headingHeight;
    if (heading && firstHeading === null && blocks.length < 3) firstHeading = p.text;
    blocks.push(heading ? { text: p.text, tag: firstHeading === p.text ? 'h1' : 'h2' } : { text: p.text });
  }
  const meta = layout.title && !UNTITLED.test(layout.title) ? layout.title : null;
  return { blocks, title: meta ?? firstHeading, charsPerPage: layout.pages.length ? chars / layout.pages.length : 0 };
}

export const MIN_CHARS_PER_PAGE = LAYOUT.minCharsPerPage;

function toLine(l: PdfLine, page: number): Line {
  const text = visualLineToLogical(l.words, l.yMax - l.yMin).replace(BIDI_CONTROLS, '').replace(KASHIDA, '').replace(/\s+/g, ' ').trim();
  return { text, page, yMin: l.yMin, yMax: l.yMax, height: l.yMax - l.yMin };
}

/** Removes page numbers and lines repeated at the top or bottom of most pages. */
function dropRunningLines(pages: Line[][]): Line[][] {
  const key = (l: Line) => l.text.replace(/[\d٠-٩]+/g, '#');
  const margins = (lines: Line[]) => {
    const byY = [...lines].sort((a, b) => a.yMin - b.yMin);
    return new Set([...byY.slice(0, LAYOUT.marginLines), ...byY.slice(-LAYOUT.marginLines)]);
  };
  const marginSets = pages.map(margins);
  const count = new Map<string, number>();
  for (const set of marginSets) for (const k of new Set([...set].map(key))) count.set(k, (count.get(k) ?? 0) + 1);
  const minPages = Math.max(2, Math.ceil(pages.length * LAYOUT.runningShare));
  return pages.map((lines, i) =>
    lines.filter((l) => {
      if (!marginSets[i].has(l)) return true;
      if (PAGE_NUMBER.test(l.text)) return false;
      return pages.length < 2 || (count.get(key(l)) ?? 0) < minPages;
    }),
  );
}

const sameSize = (a: Line, b: Line) => Math.abs(a.height - b.height) <= 0.1 * a.height;

/**
 * The document's pitch between lines of one paragraph, as a multiple of the line
 * height: the lower quartile of all pitches, since paragraph breaks only widen them
 * (and pages alone may have too few lines).
 */
function usualPitch(pages: Line[][]): number {
  return quantile(0.25, pages.flatMap((lines) => lines.slice(1).flatMap((l, i) => (sameSize(l, lines[i]) && l.yMin > lines[i].yMin ? [(l.yMin - lines[i].yMin) / l.height] : []))));
}

interface Paragraph {
  text: string;
  height: number;
}

/**
 * Joins a page's lines into paragraphs: a line continues the one above when it has
 * the same height and the usual pitch for its height (a heading wrapped on two lines
 * too); paragraph spacing or a change of size starts a new one.
 */
function paragraphsOf(lines: Line[], usual: number): Paragraph[] {
  const out: Paragraph[] = [];
  lines.forEach((l, i) => {
    const prev = lines[i - 1];
    const continues = prev && sameSize(l, prev) && l.yMin > prev.yMin && (l.yMin - prev.yMin) / l.height <= usual * LAYOUT.paragraphPitch;
    if (continues) out[out.length - 1].text = joinLines(out[out.length - 1].text, l.text);
    else out.push({ text: l.text, height: l.height });
  });
  return out;
}

// A paragraph that ends without closing punctuation at the foot of a page goes on overleaf.
const CLOSED = /[.!?؟…:؛"”»)\]]$/;

/** Pages' paragraphs in order, a paragraph cut by a page break joined again. */
function acrossPages(pages: Paragraph[][]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const page of pages) {
    page.forEach((p, i) => {
      const last = out[out.length - 1];
      if (i === 0 && last && !CLOSED.test(last.text) && Math.abs(last.height - p.height) <= 0.1 * p.height) last.text = joinLines(last.text, p.text);
      else out.push({ ...p });
    });
  }
  return out;
}

/** "inter-" + "national" -> "international"; everything else is joined with a space. */
function joinLines(a: string, b: string): string {
  return /[A-Za-z]-$/.test(a) && /^[a-z]/.test(b) ? a.slice(0, -1) + b : `${a} ${b}`;
}

function quantile(q: number, values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length * q)];
}

const median = (values: number[]) => quantile(0.5, values);
