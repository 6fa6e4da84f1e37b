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

// Arabic Presentation Forms-A and -B: contextual glyph codes many PDF producers emit
// ("ﺳﻮﺭﻳﺎ" for "سوريا", U+FEFB for "لا"). U+FD3E/FD3F are ornate parentheses, kept.
const PRESENTATION_FORM = /[\uFB50-\uFD3D\uFD40-\uFDFF\uFE70-\uFEFC]/;
const PRESENTATION_FORMS = /[\uFB50-\uFD3D\uFD40-\uFDFF\uFE70-\uFEFC]/g;
// U+FE70..FE7F are harakat forms whose NFKC is a space plus the mark: the space goes.
const SPACED_MARK = /^ (?=\p{M})/u;
// Presentation forms that are only harakat (isolated or on a tatweel): ignorable like the marks.
const DIACRITIC_FORM = /[\uFC5E-\uFC63\uFE70-\uFE72\uFE74-\uFE7F]/;

/**
 * The letters a presentation form stands for (NFKC, as Unicode defines it), or the
 * character itself when it is not one: "ﻻ" -> "لا", "ﷲ" -> "الله", "ﺳ" -> "س".
 * NFKC is applied to these characters only, so digits, punctuation and Latin
 * compatibility characters elsewhere in the text stay exactly as written.
 */
export function foldPresentationForm(ch: string): string {
  return PRESENTATION_FORM.test(ch) ? ch.normalize('NFKC').replace(SPACED_MARK, '') : ch;
}

/**
 * Folds every presentation form in the text to its letters (see foldPresentationForm).
 * Applied to every text that enters the pipeline, before stripping, tagging and
 * indexing, and by normalizeArabic to every query.
 */
export function foldPresentationForms(text: string): string {
  return PRESENTATION_FORM.test(text) ? text.replace(PRESENTATION_FORMS, foldPresentationForm) : text;
}

/**
 * foldPresentationForms with a map back to the input: `offsets[i]` is the index in
 * `text` of folded character i, plus one entry for the end. For callers that must
 * answer with offsets into what they were given (POST /tag).
 */
export function foldPresentationFormsWithOffsets(text: string): { folded: string; offsets: number[] } {
  const offsets: number[] = [];
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const out = foldPresentationForm(text[i]);
    for (let k = 0; k < out.length; k++) offsets.push(i);
    folded += out;
  }
  offsets.push(text.length);
  return { folded, offsets };
}

/** True for characters that normalisation deletes (diacritics, tatweel, zero-width marks). */
export function isIgnorableChar(ch: string): boolean {
  return ch === TATWEEL || ch === '\u200c' || ch === '\u200d' || ch === '\u200e' || ch === '\u200f' || DIACRITICS.test(ch) || DIACRITIC_FORM.test(ch);
}

/** Folds one character (already known not to be ignorable); a presentation form may give several. */
export function foldChar(ch: string): string {
  const direct = CHAR_FOLD[ch];
  if (direct !== undefined) return direct;
  if (!PRESENTATION_FORM.test(ch)) return ch.toLowerCase();
  let out = '';
  for (const c of foldPresentationForm(ch)) if (!isIgnorableChar(c)) out += CHAR_FOLD[c] ?? c;
  return out;
}

/**
 * Normalises text for matching: folds presentation forms, removes diacritics and
 * tatweel, unifies alef, ya/alef maqsura, ta marbuta, hamza seats, Arabic-Indic
 * digits, lower-cases Latin, and collapses white space.  "أَحْمَد  إلى" -> "احمد الي".
 * Every document is normalised several times on its way to the index, so this reads a
 * table built once from the rules above (same output, about ten times faster).
 */
export function normalizeArabic(text: string): string {
  const table = foldTable();
  let buf = new Uint16Array(text.length + 16);
  let len = 0;
  let pendingSpace = false;
  const append = (s: string) => {
    if (len + s.length > buf.length) {
      const bigger = new Uint16Array((len + s.length) * 2);
      bigger.set(buf.subarray(0, len));
      buf = bigger;
    }
    for (let k = 0; k < s.length; k++) buf[len++] = s.charCodeAt(k);
  };
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const folded = table[unit];
    if (folded === IGNORED) continue;
    if (folded === SPACE) {
      pendingSpace = len > 0;
      continue;
    }
    if (pendingSpace) {
      append(' ');
      pendingSpace = false;
    }
    if (folded >= 0) {
      if (len === buf.length) append(String.fromCharCode(folded));
      else buf[len++] = folded;
    } else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A character beyond the BMP (emoji, rare scripts): lower-cased as a whole.
      append(text.slice(i, i + 2).toLowerCase());
      i++;
    } else {
      append(foldChar(text[i]));
    }
  }
  return Buffer.from(buf.buffer, buf.byteOffset, len * 2).toString('utf16le');
}

const IGNORED = -1;
const SPACE = -2;
/** Characters whose fold is not one code unit (several letters, none, a surrogate). */
const SLOW = -3;
let FOLD_TABLE: Int32Array | null = null;

/** What normalizeArabic makes of each UTF-16 unit: a unit, IGNORED, SPACE or SLOW. */
function foldTable(): Int32Array {
  if (FOLD_TABLE) return FOLD_TABLE;
  const table = new Int32Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) {
    if (unit >= 0xd800 && unit <= 0xdfff) {
      table[unit] = SLOW;
      continue;
    }
    const ch = String.fromCharCode(unit);
    if (isIgnorableChar(ch)) table[unit] = IGNORED;
    else if (/\s/.test(ch)) table[unit] = SPACE;
    else {
      const folded = foldChar(ch);
      table[unit] = folded.length === 1 ? folded.charCodeAt(0) : SLOW;
    }
  }
  return (FOLD_TABLE = table);
}

/**
 * Like normalizeArabic but keeps a map back to the original: `offsets[i]` is the
 * index in `text` (UTF-16) of normalised character i, with one extra entry for the
 * end.  White space is not collapsed, so spans found in the normalised text can
 * be mapped to exact spans of the stored text.
 */
export function normalizeWithOffsets(text: string): { normalized: string; offsets: number[] } {
  const table = foldTable();
  const units: number[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const folded = table[unit];
    if (folded === IGNORED) continue;
    if (folded >= 0 || folded === SPACE) {
      units.push(folded === SPACE ? unit : folded);
      offsets.push(i);
      continue;
    }
    const out = foldChar(text[i]);
    for (let k = 0; k < out.length; k++) {
      units.push(out.charCodeAt(k));
      offsets.push(i);
    }
  }
  offsets.push(text.length);
  return { normalized: Buffer.from(Uint16Array.from(units).buffer).toString('utf16le'), offsets };
}
