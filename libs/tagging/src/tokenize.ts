/** Splits text into word and punctuation tokens with UTF-16 offsets. */

export interface Token {
  text: string;
  start: number;
  end: number;
}

// Letters, combining marks (harakat), digits and tatweel form words; any other
// visible character is a token of its own, so «إيرنا» gives « إيرنا ».
const TOKEN_RE = /[\p{L}\p{M}\p{N}\u0640]+|\S/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
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
