/** Splits text into word and punctuation tokens with UTF-16 offsets. */

export interface Token {
  text: string;
  start: number;
  end: number;
}

// Letters, combining marks (harakat), digits and tatweel form words; any other
// visible character is a token of its own, so «إيرنا» gives « إيرنا ».
const WORD_CHAR = /[\p{L}\p{M}\p{N}\u0640]/u;
const SPACE = /\s/u;

// Character classes below U+0800 (Latin, Arabic) read from tables built with the same
// regular expressions: a regex scan over the text cost a tenth of the tagging time.
const TABLE_SIZE = 0x800;
const OTHER = 0;
const WORD = 1;
const BLANK = 2;
const CLASS = Uint8Array.from({ length: TABLE_SIZE }, (_, c) => {
  const ch = String.fromCharCode(c);
  return WORD_CHAR.test(ch) ? WORD : SPACE.test(ch) ? BLANK : OTHER;
});

/** Class of the code point at index i (a table read below U+0800). */
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < TABLE_SIZE) return CLASS[code];
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  return WORD_CHAR.test(ch) ? WORD : SPACE.test(ch) ? BLANK : OTHER;
}

/** UTF-16 length of the code point at index i: 2 for a surrogate pair. */
function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** Same tokens as /[\p{L}\p{M}\p{N}\u0640]+|\S/gu would find. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const cls = classAt(text, i);
    let end = i + widthAt(text, i);
    if (cls === WORD) while (end < text.length && classAt(text, end) === WORD) end += widthAt(text, end);
    if (cls !== BLANK) tokens.push({ text: text.slice(i, end), start: i, end });
    i = end;
  }
  return tokens;
}

const WORD_RE = /^[\p{L}\p{N}]/u;

/** True for tokens that start with a letter or digit (not punctuation). */
export function isWordToken(text: string): boolean {
  return WORD_RE.test(text);
}

// Sentence-final marks and line breaks end a decoding sequence: "... سوريا. وقال".
const SENTENCE_END = new Set(['.', '!', '?', '؟', '…', '؛']);

/**
 * Groups token indices into sentences for decoding: after sentence-final
 * punctuation, at blank-line/line breaks, and every `maxLen` tokens at most.
 */
export function sentenceRanges(text: string, tokens: Token[], maxLen = 120): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    const lineBreak = next !== undefined && text.slice(tokens[i].end, next.start).includes('\n');
    // A mark glued on both sides is not an end: "12.3.2017", "3.5".
    const glued = i > 0 && next !== undefined && tokens[i - 1].end === tokens[i].start && next.start === tokens[i].end;
    if ((SENTENCE_END.has(tokens[i].text) && !glued) || lineBreak || i + 1 - from >= maxLen || next === undefined) {
      ranges.push([from, i + 1]);
      from = i + 1;
    }
  }
  return ranges;
}
