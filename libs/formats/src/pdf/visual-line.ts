import bidiFactory from 'bidi-js';
import { foldPresentationForm } from '@app/arabic';
import type { PdfWord } from './bbox-layout';

const bidi = bidiFactory();
const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/g;
const LTR_CHAR = /[A-Za-z\u00C0-\u024F]/g;

/**
 * Poppler breaks words at every space glyph and at any gap over a tenth of the font
 * size, and Arabic fonts leave such gaps inside words after the letters that do not
 * join the next one: Amiri puts 1.8 pt between "سور" and "يا" at 15 pt, where spaces
 * are 4.4 pt. Gaps cannot tell these apart alone (a كـ overhangs the space before it,
 * leaving 0.5 pt), but the letters can: only after ا د ذ ر ز و (and their hamza forms)
 * may a word go on after a gap; after a joining letter, or ة/ى, which end words, the
 * gap was a space. A gap narrower than this share of the line height is closed:
 */
const JOIN_GAP = 0.16;
const NON_JOINING = new Set([...'اأإآٱدذرزوؤ']);
const ARABIC_LETTER = /\p{Script=Arabic}/u;
const MARK = /\p{M}/u;

/**
 * One line of a PDF page, in reading order: words (each left to right as drawn) are
 * joined left to right with the spaces their gaps and letters show, then the visual
 * string is reordered by the Unicode bidi algorithm with the line's dominant
 * direction, which turns right-to-left runs back into logical order and leaves digits
 * and Latin as they read.
 */
export function visualLineToLogical(words: PdfWord[], lineHeight: number): string {
  const sorted = [...words].sort((a, b) => a.xMin - b.xMin);
  let visual = '';
  sorted.forEach((w, i) => {
    if (i > 0 && !sameWord(sorted[i - 1], w, lineHeight)) visual += ' ';
    visual += w.text;
  });
  return toLogical(visual);
}

/** Left and right neighbours on the page; in Arabic the right one is read first. */
function sameWord(left: PdfWord, right: PdfWord, lineHeight: number): boolean {
  const gap = right.xMin - left.xMax;
  if (gap >= JOIN_GAP * lineHeight) return false;
  // A haraka drawn apart from its letter ("ق ِب َل") always belongs to the word.
  const edges = left.text.slice(0, 2) + left.text.slice(-2) + right.text.slice(0, 2) + right.text.slice(-2);
  if (MARK.test(edges) && ARABIC_LETTER.test(edges)) return true;
  const readFirstEnd = foldPresentationForm(right.text[0] ?? '');
  const readNextStart = foldPresentationForm(left.text[left.text.length - 1] ?? '');
  if (!ARABIC_LETTER.test(readFirstEnd) || !ARABIC_LETTER.test(readNextStart)) return false;
  return NON_JOINING.has(readFirstEnd[readFirstEnd.length - 1]);
}

/** Reorders one visual line (as drawn, left to right) into logical order. */
export function toLogical(visual: string): string {
  const rtl = (visual.match(RTL_CHAR)?.length ?? 0) >= (visual.match(LTR_CHAR)?.length ?? 0) && RTL_CHAR.test(visual);
  RTL_CHAR.lastIndex = 0;
  if (!rtl) return visual;
  const levels = bidi.getEmbeddingLevels(visual, 'rtl');
  const chars = visual.split(''); // bidi-js works on UTF-16 indices
  for (const [start, end] of bidi.getReorderSegments(visual, levels)) {
    const part = chars.slice(start, end + 1).reverse();
    chars.splice(start, part.length, ...part);
  }
  return chars.join('');
}
