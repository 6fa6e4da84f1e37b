/**
 * How plausible a decoding looks, for choosing between single-byte charsets.
 * A right decoding gives words written in one script; a wrong one mixes scripts inside
 * a word (ISO-8859-6 read as windows-1256 turns و ي ه into è ê ç between Arabic letters)
 * or hits undefined bytes and C1 controls (windows-1256 read as ISO-8859-6 turns ف ق ك
 * into U+FFFD). When a short text maps to letters either way, the definite article
 * decides: words starting with "ال" are common in any Arabic text, and ISO-8859-6 read
 * as windows-1256 turns them into "ان" and the Arabic comma into "¬".
 */
type Script = 'latin' | 'arabic' | 'cyrillic' | 'greek' | 'hebrew' | 'other' | 'mark';

function scriptOf(c: number): Script | null {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return 'latin';
  if (c < 0xc0) return null;
  if (c <= 0x24f) return c === 0xd7 || c === 0xf7 ? null : 'latin';
  if (c >= 0x300 && c <= 0x36f) return 'mark';
  if (c >= 0x370 && c <= 0x3ff) return 'greek';
  if (c >= 0x400 && c <= 0x52f) return 'cyrillic';
  if (c >= 0x591 && c <= 0x5c7) return 'mark';
  if (c >= 0x5d0 && c <= 0x5f2) return 'hebrew';
  if (c >= 0x64b && c <= 0x65f) return 'mark';
  if (c === 0x670) return 'mark';
  if (c >= 0x620 && c <= 0x6ff) return c === 0x640 ? 'mark' : 'arabic';
  if ((c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) return 'arabic';
  if (c === 0x200c || c === 0x200d) return 'mark';
  return /\p{L}/u.test(String.fromCharCode(c)) ? 'other' : null;
}

/** Latin-1 symbols that a wrong single-byte reading produces and Arabic news does not use. */
const ODD_SYMBOLS = /[\u00a1-\u00a9\u00ac-\u00af\u00b1-\u00b6\u00b8-\u00ba\u00bc-\u00bf]/g;

export interface DecodingScore {
  score: number;
  arabicLetters: number;
  definiteArticles: number;
  oddSymbols: number;
  mixedScriptWords: number;
  badChars: number;
}

export function scoreDecoding(text: string): DecodingScore {
  let arabicLetters = 0;
  let mixedScriptWords = 0;
  let badChars = 0;
  let goodLetters = 0;
  let definiteArticles = 0;
  let wordScript: Script | null = null;
  let wordLen = 0;
  let accented = 0;
  let mixed = false;
  const endWord = () => {
    if (wordLen > 0) {
      // Arabic bytes read as windows-1252 give runs like "ÇáÎáÇÝÇÊ": Latin, but hardly any ASCII.
      if (mixed || (wordScript === 'latin' && wordLen >= 4 && accented * 2 > wordLen)) mixedScriptWords++;
      else goodLetters += wordLen;
    }
    wordScript = null;
    wordLen = 0;
    accented = 0;
    mixed = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c >= 0x80 && c <= 0x9f) || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) {
      badChars++;
      endWord();
      continue;
    }
    const s = scriptOf(c);
    if (s === null) {
      endWord();
      continue;
    }
    if (s === 'arabic') {
      arabicLetters++;
      if (wordLen === 0 && c === 0x627 && text.charCodeAt(i + 1) === 0x644) definiteArticles++;
    }
    if (s === 'mark') continue;
    if (wordScript && wordScript !== s) mixed = true;
    wordScript = s;
    wordLen++;
    if (c >= 0xc0 && s === 'latin') accented++;
  }
  endWord();
  const oddSymbols = text.match(ODD_SYMBOLS)?.length ?? 0;
  const score = goodLetters + 2 * definiteArticles - 8 * mixedScriptWords - 10 * badChars - 3 * oddSymbols;
  return { score, arabicLetters, definiteArticles, oddSymbols, mixedScriptWords, badChars };
}
