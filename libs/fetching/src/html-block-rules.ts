import type { RawBlock } from './html-walk';

/**
 * Rules on the walk's blocks in reading order, where position tells what a block is:
 * a short linked teaser between paragraphs, a run of linked headlines after the article.
 */

/** A block counts as linked when this share of its characters is link text. */
const LINKED_SHARE = 0.6;
/** A prose paragraph: this long and mostly not link text. */
const PROSE_MIN_CHARS = 80;
/** Teasers and related headlines are headline-sized. */
const HEADLINE_MAX_CHARS = 220;
/** A bare name ("محمد علي") linked to its author page is a byline, not a teaser. */
const TEASER_MIN_WORDS = 4;

/** A date or label between the headlines of a related list ("18 مارس 2023", "فيديو"). */
const RUN_FILLER_MAX_CHARS = 40;

const words = (s: string) => s.split(' ').length;
export const isLinked = (b: RawBlock) => b.linkChars >= LINKED_SHARE * b.text.length;
/** No real link's text is this long: a block this long inside one is a page-wide link left open, still prose. */
const LONGER_THAN_ANY_LINK = 250;
export const isProse = (b: RawBlock) =>
  b.text.length >= PROSE_MIN_CHARS && (!isLinked(b) || b.text.length >= LONGER_THAN_ANY_LINK) && b.tag !== 'figcaption';
const isHeadlineSized = (b: RawBlock) => b.text.length <= HEADLINE_MAX_CHARS && words(b.text) >= TEASER_MIN_WORDS;

/**
 * Drops from `order` (indices into raw):
 * - a linked teaser between two prose paragraphs: "اقرأ أيضا: <a>...</a>", or an <h3><a>
 *   headline of another article set between paragraphs, which is not a sub-heading; and
 *   the lines of a small linked box there (a podcast promo: a title line and a link);
 * - after the last prose paragraph, a run of two or more linked headline-sized lines (a
 *   related list in one link per <div>, which the link-list rule does not see), and the
 *   short heading right before the run, whatever it says ("المزيد حول هذه القصة").
 */
export function dropTeasersAndTrailingLists(raw: RawBlock[], order: number[]): number[] {
  const prose = order.map((i) => isProse(raw[i]));
  const first = prose.indexOf(true);
  const last = prose.lastIndexOf(true);
  if (first < 0) return order;
  // Under a page-wide link left open, every paragraph is linked: links tell nothing here.
  const linkedProse = order.filter((i, j) => prose[j] && isLinked(raw[i])).length;
  if (linkedProse * 2 > prose.filter(Boolean).length) return order;
  const drop = new Array<boolean>(order.length).fill(false);
  for (let k = first + 1; k < last; k++) {
    const b = raw[order[k]];
    if (b.tag !== 'h1' && ((isLinked(b) && isHeadlineSized(b)) || (b.box !== undefined && !isProse(b)))) drop[k] = true;
  }
  let k = last + 1;
  while (k < order.length) {
    // The run may carry each headline's date or section label between them ("منذ ساعتين").
    let end = k;
    let lastLinked = -1;
    let linked = 0;
    while (end < order.length) {
      const b = raw[order[end]];
      if (isLinked(b) && isHeadlineSized(b)) {
        linked++;
        lastLinked = end;
      } else if (!(lastLinked >= 0 && b.text.length <= RUN_FILLER_MAX_CHARS && !isProse(b))) break;
      end++;
    }
    // The last headline's own date may follow it; nothing further belongs to the run.
    if (linked > 0) end = Math.min(end, lastLinked + 2);
    if (linked >= 2) {
      for (let j = k; j < end; j++) drop[j] = true;
      const heading = raw[order[k - 1]];
      if (k - 1 > last && heading.text.length <= 60 && !/[.!؟?]$/.test(heading.text)) drop[k - 1] = true;
    }
    k = end + 1;
  }
  return order.filter((_, j) => !drop[j]);
}
