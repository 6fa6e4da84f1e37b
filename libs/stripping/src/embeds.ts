/**
 * Embedded posts and galleries, whose own text reads like the article's: the line a
 * tweet's signature closes, and the caption under a gallery's counter.
 */
import { drop, type Line } from './page-lines';

/** A tweet's signature as embeds render it: "— أبو فهد (@bofahad) November 17, 2025". */
const TWEET_SIGNATURE = /^\s*[—–-]\s*[^()]{1,60}\(@\w{1,30}\)/;
/** Tweets are at most 280 characters (a little more with emoji and a link). */
const MAX_TWEET = 320;
/** Lines a gallery caption may have. */
const MAX_CAPTION_WORDS = 24;

export function dropEmbeddedText(lines: Line[]): void {
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.reason !== 'embed' && l.reason !== 'gallery') continue;
    if (l.reason === 'embed') {
      // The tweet's text is the line its signature closes.
      if (!TWEET_SIGNATURE.test(l.text)) continue;
      const text = previousLine(lines, i);
      if (text && text.reason === null && text.text.length <= MAX_TWEET) drop(text, 'embed');
    } else {
      // "صورة 1 من 6" then the photo's caption: a line that is not a sentence.
      const caption = nextLine(lines, i);
      if (caption && caption.reason === null && !caption.good && caption.f.words <= MAX_CAPTION_WORDS && !caption.f.endsFullStop) {
        drop(caption, 'caption');
      }
    }
  }
}

const previousLine = (lines: Line[], i: number) => {
  for (let j = i - 1; j >= 0; j--) if (lines[j].reason !== 'empty') return lines[j];
  return undefined;
};
const nextLine = (lines: Line[], i: number) => {
  for (let j = i + 1; j < lines.length; j++) if (lines[j].reason !== 'empty') return lines[j];
  return undefined;
};
