/** Quotation marks around names: «إيرنا», "فارس", “عصر بهبهان”. */
import type { WordInfo } from './words';

export const OPEN_QUOTES = new Set(['"', '“', '«', "'", '‘', '„', '《']);
export const CLOSE_QUOTES = new Set(['"', '”', '»', "'", '’', '“', '》']);

/** True when tokens [a, b) stand alone between quotes: «الجريدة». */
export const isQuoted = (words: WordInfo[], a: number, b: number): boolean =>
  a > 0 && b < words.length && OPEN_QUOTES.has(words[a - 1].raw) && CLOSE_QUOTES.has(words[b].raw);
