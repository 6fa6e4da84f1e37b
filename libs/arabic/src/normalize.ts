/**
 * Orthographic normalisation of Arabic text for matching and search.
 * The stored text is never changed; only comparison keys are built from it.
 */

// Harakat, tanween, shadda, sukun, superscript alef and Quranic marks.
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/;
const TATWEEL = '\u0640';

/** One-character foldings; everything not listed maps to itself. */
const CHAR_FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ئ': 'ي',
  'ة': 'ه',
  'ؤ': 'و',
  'ک': 'ك',
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
};

/** True for characters that normalisation deletes (diacritics, tatweel, zero-width marks). */
export function isIgnorableChar(ch: string): boolean {
  return ch === TATWEEL || ch === '\u200c' || ch === '\u200d' || ch === '\u200e' || ch === '\u200f' || DIACRITICS.test(ch);
}

/** Folds one character (already known not to be ignorable). */
export function foldChar(ch: string): string {
  return CHAR_FOLD[ch] ?? ch.toLowerCase();
}

/**
 * Normalises text for matching: removes diacritics and tatweel, unifies alef,
 * ya/alef maqsura, ta marbuta, hamza seats, Arabic-Indic digits, lower-cases Latin,
 * and collapses white space.  "أَحْمَد  إلى" -> "احمد الي".
 */
export function normalizeArabic(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (const ch of text) {
    if (isIgnorableChar(ch)) continue;
    if (/\s/.test(ch)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += foldChar(ch);
  }
  return out;
}

/**
 * Like normalizeArabic but keeps a map back to the original: `offsets[i]` is the
 * index in `text` (UTF-16) of normalised character i, with one extra entry for the
 * end.  White space is not collapsed, so spans found in the normalised text can
 * be mapped to exact spans of the stored text.
 */
export function normalizeWithOffsets(text: string): { normalized: string; offsets: number[] } {
  let normalized = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (isIgnorableChar(ch)) continue;
    const folded = foldChar(ch);
    for (let k = 0; k < folded.length; k++) offsets.push(i);
    normalized += folded;
  }
  offsets.push(text.length);
  return { normalized, offsets };
}
