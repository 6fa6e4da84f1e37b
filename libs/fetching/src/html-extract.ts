import type { Extraction, FetchedMeta, TextBlock } from '@app/contracts';
import { dropTeasersAndTrailingLists, isLinked, isProse } from './html-block-rules';
import { walkPage, type RawBlock } from './html-walk';

export interface ExtractedHtml {
  blocks: TextBlock[];
  meta: FetchedMeta;
  /** Which path produced `blocks` (see Extraction). */
  extraction: Extraction;
}

/**
 * A path is taken when it has at least this share of the prose of the path with the most:
 * the walk "yields much less text than the page's densest container" below it.
 */
const ENOUGH_OF_BEST = 0.5;

/**
 * Turns HTML into text blocks in reading order, each tagged with the block element it came
 * from, plus head metadata. The structural walk (html-walk) drops page furniture and leaves
 * the rest for the boilerplate stripper to judge; when a structural rule was wrong for the
 * page (an article inside <aside>, a page-wide link) and the walk kept much less prose than
 * the page holds, the densest text container, then the JSON-LD articleBody, then the
 * og/meta description stand in, so an article is never lost. The path is reported.
 */
export function extractHtml(html: string): ExtractedHtml {
  const page = walkPage(html);
  const { raw } = page;
  const meta = page.meta.result(page.title);
  const walk = dropTeasersAndTrailingLists(raw, page.walk);
  const candidates: Array<{ extraction: Extraction; blocks: () => TextBlock[]; prose: number }> = [
    { extraction: 'walk', blocks: () => walk.map((i) => asBlock(raw[i])), prose: proseChars(walk.map((i) => raw[i])) },
  ];
  if (page.densest) {
    const inside = densestBlocks(raw, page.densest.start, page.densest.end);
    candidates.push({ extraction: 'density', blocks: () => withHeadline(raw, page.densest!.start, inside.map(asBlock)), prose: proseChars(inside) });
  }
  const articleBody = page.meta.articleBody ? paragraphsOf(page.meta.articleBody) : [];
  if (articleBody.length) {
    const prose = proseChars(articleBody.map((text) => ({ text, tag: 'p', linkChars: 0, container: -1 })));
    candidates.push({ extraction: 'json-ld', blocks: () => withHeadline(raw, -1, articleBody.map((text) => ({ text, tag: 'p' }))), prose });
  }
  const most = Math.max(...candidates.map((c) => c.prose));
  const chosen = candidates.find((c) => c.prose > 0 && c.prose >= ENOUGH_OF_BEST * most);
  if (chosen) return { blocks: chosen.blocks(), meta, extraction: chosen.extraction };
  // No prose anywhere: a summary in the head is all the article there is, if the page has one.
  const description = page.meta.description?.replace(/\s+/g, ' ');
  if (description && !walk.some((i) => raw[i].text.length >= description.length)) {
    return { blocks: withHeadline(raw, -1, [{ text: description, tag: 'p' }]), meta, extraction: 'meta' };
  }
  return { blocks: candidates[0].blocks(), meta, extraction: 'walk' };
}

const asBlock = (b: RawBlock): TextBlock => ({ text: b.text, tag: b.tag });

function proseChars(blocks: RawBlock[]): number {
  let n = 0;
  for (const b of blocks) if (isProse(b)) n += b.text.length;
  return n;
}

/** The densest container's blocks, without its link lists' lines. */
function densestBlocks(raw: RawBlock[], start: number, end: number): RawBlock[] {
  const out = dropTeasersAndTrailingLists(raw, range(start, end));
  return out.filter((i) => !(isLinked(raw[i]) && raw[i].text.length < 120)).map((i) => raw[i]);
}

function range(start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i++) out.push(i);
  return out;
}

/** A fallback's blocks, after the page's first <h1> when it lies before them, so the stripper still finds the headline. */
function withHeadline(raw: RawBlock[], start: number, blocks: TextBlock[]): TextBlock[] {
  const h1 = raw.findIndex((b) => b.tag === 'h1');
  if (h1 < 0 || (start >= 0 && h1 >= start)) return blocks;
  return [asBlock(raw[h1]), ...blocks];
}

/** articleBody as paragraphs: split on line breaks, markup some CMSs leave in it removed. */
function paragraphsOf(body: string): string[] {
  return body
    .replace(/<\/(?:p|div|h\d|li)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .split(/\n+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
}
