/**
 * Cheap per-line features in the spirit of jusText / trafilatura: length, words,
 * sentence punctuation, stop-word density, script shares.  Long lines are never run
 * through full normalisation (it is the costliest step); short tokens are folded
 * on the fly, which is all stop-word matching needs.
 */
import { ARABIC_FUNCTION_WORDS } from '@app/arabic';

/** English (and a little French) function words, for Latin-script pages. */
const EN_STOP = new Set(
  'the of and to in a is that for on with as was by it at from are be this have has an or not which were said its their been but'.split(' '),
);

// Full stop, Arabic/Latin question mark, exclamation, Arabic semicolon, colon, ellipsis.
const SENTENCE_END = /[.!?؟؛…:]["'”»)\]]*\s*$/;
const FULL_STOP_END = /[.!?؟…]["'”»)\]]*\s*$/;
const QUESTION_END = /[!?؟]["'”»)\]]*\s*$/;
// A full stop counts when a space, a quote or the end follows it: "t.me/x" and "3.5" are not sentences.
const SENTENCE_PUNCT = /[!?؟؛…]|\.(?=\s|$|["'”»)\]])/;
const PROSE_PUNCT = /[،,؛;]|\.(?=\s|$|["'”»)\]])/;

export interface LineFeatures {
  chars: number;
  words: number;
  /** Ends like a sentence (". ؟ ! ؛ :" possibly followed by a closing quote). */
  endsSentence: boolean;
  /** Ends with a full stop, question or exclamation mark (not a colon: labels end with one). */
  endsFullStop: boolean;
  /** Opens with the conjunction و or ف glued to a word ("وأضاف", "فيما"): a sentence carrying a story on. */
  opensWithConjunction: boolean;
  /** Ends with a question or exclamation mark (headlines often do). */
  endsQuestion: boolean;
  /** Has a full stop, comma or semicolon (Arabic or Latin) anywhere: marks of running prose. */
  hasProsePunct: boolean;
  /** Has sentence punctuation anywhere. */
  hasSentencePunct: boolean;
  /** Share of tokens that are Arabic (or English) function words. */
  stopDensity: number;
  arabicLetters: number;
  latinLetters: number;
  /** Letters of any script. */
  letters: number;
  /** Letters Persian (پ چ ژ گ ک ی) and Urdu (ٹ ڈ ڑ ں ے) use and Arabic does not. */
  persianLetters: number;
  urduLetters: number;
  digits: number;
}

/**
 * Every spelling of the stop words as they stand in raw text (alef with or without
 * hamza, final ى/ي and ة/ه; Latin capitalised), so a token is looked up without folding it.
 */
function spellings(words: Set<string>): Set<string> {
  const out = new Set<string>();
  const expand = (w: string, i: number, acc: string) => {
    if (i === w.length) {
      out.add(acc);
      return;
    }
    const ch = w[i];
    const last = i === w.length - 1;
    const options = ch === 'ا' ? ['ا', 'أ', 'إ', 'آ'] : last && ch === 'ي' ? ['ي', 'ى'] : last && ch === 'ه' ? ['ه', 'ة'] : [ch];
    for (const o of options) expand(w, i + 1, acc + o);
  };
  for (const w of words) {
    expand(w, 0, '');
    if (/^[a-z]/.test(w)) out.add(w[0].toUpperCase() + w.slice(1));
  }
  return out;
}
const STOP_SPELLINGS = spellings(new Set([...ARABIC_FUNCTION_WORDS, ...EN_STOP]));

/** A function word (في، من، على، the, of ...) as spelled in raw text. */
export const isFunctionWord = (token: string) => STOP_SPELLINGS.has(token);

/** Tokens of a line looked up in the stop-word list. */
const STOP_SAMPLE = 40;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x200f || c === 0x200e || (c >= 0x2000 && c <= 0x200b);
// Quotes and punctuation trimmed off a token before the stop-word lookup.
const EDGE_PUNCT = new Set([...'«»"“”()[].,،:؛!؟?\'']);

/** One pass over the characters: script counts, word count and stop words. */
export function lineFeatures(text: string): LineFeatures {
  let arabicLetters = 0;
  let latinLetters = 0;
  let otherLetters = 0;
  let digits = 0;
  let persianLetters = 0;
  let urduLetters = 0;
  let words = 0;
  let stops = 0;
  // Stop words are counted over the first tokens only: the share settles quickly, and
  // long paragraphs are judged by length and punctuation anyway.
  let checked = 0;
  let tokenStart = -1;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    if (isSpace(c)) {
      if (tokenStart >= 0) {
        words++;
        if (checked < STOP_SAMPLE) {
          checked++;
          if (i - tokenStart <= 7 && isStopWord(text, tokenStart, i)) stops++;
        }
        tokenStart = -1;
      }
      continue;
    }
    if (tokenStart < 0) tokenStart = i;
    if (c >= 0x621 && c <= 0x64a && c !== 0x640) arabicLetters++; // not tatweel
    else if ((c >= 0x671 && c <= 0x6d3) || (c >= 0x6fa && c <= 0x6ff)) {
      arabicLetters++;
      if (c === 0x67e || c === 0x686 || c === 0x698 || c === 0x6af || c === 0x6a9 || c === 0x6cc) persianLetters++;
      else if (c === 0x679 || c === 0x688 || c === 0x691 || c === 0x6ba || c === 0x6d2 || c === 0x6d3) urduLetters++;
    }
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) latinLetters++;
    else if ((c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) digits++;
    else if (c >= 0x370 && (c < 0x600 || c > 0x6ff) && (c < 0x2000 || c > 0x2bff) && c !== 0x640 && /\p{L}/u.test(text[i])) otherLetters++;
  }
  return {
    chars: n,
    words,
    endsSentence: SENTENCE_END.test(text),
    endsFullStop: FULL_STOP_END.test(text),
    endsQuestion: QUESTION_END.test(text),
    opensWithConjunction: /^[وف][\u0621-\u064A]{2,}/.test(text),
    hasSentencePunct: SENTENCE_PUNCT.test(text),
    hasProsePunct: PROSE_PUNCT.test(text),
    stopDensity: checked ? stops / checked : 0,
    arabicLetters,
    latinLetters,
    letters: arabicLetters + latinLetters + otherLetters,
    persianLetters,
    urduLetters,
    digits,
  };
}

function isStopWord(text: string, start: number, end: number): boolean {
  while (start < end && EDGE_PUNCT.has(text[start])) start++;
  while (end > start && EDGE_PUNCT.has(text[end - 1])) end--;
  return end > start && end - start <= 6 && STOP_SPELLINGS.has(text.slice(start, end));
}

/**
 * Running prose rather than a label: enough words, function words among them, and
 * sentence punctuation.  Thresholds follow jusText's (70 chars, ~30% stop words),
 * lowered for Arabic, where clitics hide many function words inside longer tokens.
 */
export function isGoodParagraph(f: LineFeatures): boolean {
  if (f.chars >= 150 && f.words >= 20 && (f.hasSentencePunct || f.stopDensity >= 0.12)) return true;
  // Names-heavy news sentences ("نفى نائب وزير الخارجية ... بخصوص سوريا.") have few
  // function words; a full stop or comma inside a line this long marks prose anyway.
  if (f.chars >= 100 && f.words >= 15 && f.hasProsePunct) return true;
  return f.chars >= 80 && f.words >= 10 && f.hasSentencePunct && f.stopDensity >= 0.15;
}

/** A sentence that can stand as a short paragraph: "وكان الوزير قد زار طهران الشهر الماضي." */
export function isSentenceLike(f: LineFeatures): boolean {
  return f.words >= 6 && f.endsSentence && f.stopDensity >= 0.1;
}

/**
 * A short paragraph after the last long one: a sentence closed by a full stop, or
 * prose dense in function words even when the site drops final stops.  A headline
 * ending with "؟" (related lists are full of them) or with a label colon is not.
 */
export function isClosingParagraph(f: LineFeatures): boolean {
  if (f.words < 6) return false;
  if (f.endsFullStop && !f.endsQuestion) return f.stopDensity >= 0.08 || f.opensWithConjunction;
  return f.words >= 10 && f.stopDensity >= 0.2;
}

/**
 * A lede sentence before the body: "نفى نائب وزير الخارجية ... بخصوص سوريا."  News ledes
 * are dense with names, so no stop-word share is asked; the full stop and length are.
 */
export function isLede(f: LineFeatures): boolean {
  return f.words >= 8 && f.endsFullStop;
}

/** Share of Latin letters among letters (0 when the line has no letters). */
export const latinShare = (f: LineFeatures) => (f.letters ? f.latinLetters / f.letters : 0);
