import {
  BLOCK_TAGS, CAPTION_TAGS, classWeight, FURNITURE_TAGS, furnitureReason, INVISIBLE_TAGS, isCaptionClass, isHidden,
  isLongFurniture, NEVER_DROPPED, PAGE_FRAME_TAGS,
} from './html-boilerplate';
import { MetaCollector } from './html-meta';
import { HtmlTreeBuilder, type TreeSink } from './html-tree-builder';

/** One visible text block of the page, whether or not the structural walk keeps it. */
export interface RawBlock {
  text: string;
  tag: string;
  /** Characters of the block inside `<a href>`. */
  linkChars: number;
  /** Innermost menu-like container (class/id) around the block, or -1. */
  container: number;
  /** Id of the small linked box (promo, teaser card) the block sits in, if any. */
  box?: number;
}

/** What one pass over the page yields; html-extract chooses among the paths. */
export interface PageWalk {
  raw: RawBlock[];
  /** Indices into `raw` of the blocks the structural walk keeps, in order. */
  walk: number[];
  /** raw[start, end) of the densest text container (Readability-style score), or null. */
  densest: { start: number; end: number } | null;
  meta: MetaCollector;
  title: string;
}

interface OpenElement {
  tag: string;
  block: boolean;
  /** This element starts a subtree the walk skips as furniture (nav, aside, role=navigation). */
  skip: boolean;
  /** This element starts a subtree nobody reads (script, hidden...). */
  hide: boolean;
  caption: boolean;
  /** Id of the menu-like container this element starts, if any. */
  container: number | null;
  href: boolean;
  /** Text characters inside, inside links, and links with text: for spotting link lists. */
  chars: number;
  linkChars: number;
  links: number;
  /** walk.length / raw.length when the element opened: its blocks are the ones after. */
  firstWalk: number;
  firstRaw: number;
  /** Density score from the paragraphs under it, and its class weight. */
  score: number;
  weight: number;
}

/**
 * A block element that is nearly all link text, over several links, is a menu or a
 * "related"/"most read" list whatever its class says, e.g. <div class="x9"> holding six
 * linked headlines. Article paragraphs carry a link or two among their own words.
 */
const LINK_LIST_MIN_LINKS = 3;
const LINK_LIST_MIN_SHARE = 0.8;
/**
 * A small box of a line or two with a link among them (a podcast promo, a "read also"
 * card): at most this many characters, this share of them link text.
 */
const BOX_MAX_CHARS = 200;
const BOX_MIN_LINK_SHARE = 0.4;
const BOX_TAGS = new Set(['div', 'section', 'aside', 'figure', 'blockquote', 'table', 'td', 'span']);
/** Paragraphs shorter than this add nothing to their container's density score (Readability uses 25). */
const SCORED_MIN_CHARS = 25;

/**
 * One streaming pass over the page: every visible block in reading order (`raw`), the
 * ones the structural walk keeps (`walk`: furniture subtrees, menu-like containers and
 * link lists dropped), the densest text container, and head metadata. Every event costs
 * O(1), so a page nested 150,000 levels deep is walked in linear time.
 */
export function walkPage(html: string): PageWalk {
  const stack: OpenElement[] = [];
  /** Indices into `stack` of the open block elements, innermost last. */
  const blockStack: number[] = [];
  const raw: RawBlock[] = [];
  const walk: number[] = [];
  const containerParent: number[] = [];
  /** Containers of furniture that is often longer than the article: never kept as a page wrapper. */
  const containerLong: boolean[] = [];
  const openContainers: number[] = [];
  const meta = new MetaCollector();
  let best: { start: number; end: number; score: number } | null = null;
  let boxes = 0;
  let skipDepth = 0;
  let hideDepth = 0;
  let captionDepth = 0;
  let articleDepth = 0;
  let buf = '';
  let bufLink = 0;
  let titleText: string | null = null;
  let title = '';
  let jsonLd: string | null = null;

  const flush = () => {
    if (buf === '') return;
    const top = blockStack.length ? stack[blockStack[blockStack.length - 1]] : null;
    const tag = captionDepth > 0 ? 'figcaption' : top?.tag ?? 'body';
    const parts = tag === 'pre' ? buf.split('\n') : [buf];
    const linkShare = buf.length ? bufLink / buf.length : 0;
    buf = '';
    bufLink = 0;
    for (const part of parts) {
      const text = part.replace(/\s+/g, ' ').trim();
      if (text === '') continue;
      const container = openContainers.length ? openContainers[openContainers.length - 1] : -1;
      if (skipDepth === 0) walk.push(raw.length);
      raw.push({ text, tag, linkChars: Math.round(text.length * linkShare), container });
      if (text.length >= SCORED_MIN_CHARS && captionDepth === 0) {
        // Readability: a paragraph scores 1 + its commas + one per 100 characters (max 3),
        // added in full to its parent container and half to the grandparent.
        const score = 1 + (text.match(/[,،]/g)?.length ?? 0) + Math.min(3, Math.floor(text.length / 100));
        const n = blockStack.length;
        if (n >= 2) stack[blockStack[n - 2]].score += score;
        if (n >= 3) stack[blockStack[n - 3]].score += score / 2;
      }
    }
  };

  const sink: TreeSink = {
    open(tag, attrs) {
      if (tag === 'meta' || tag === 'link' || tag === 'html') meta.element(tag, attrs);
      if (tag === 'title' && titleText === null && title === '' && !builder.inForeign) titleText = '';
      if (tag === 'script' && /ld\+json/i.test(attrs.type ?? '')) jsonLd = '';
      const block = BLOCK_TAGS.has(tag);
      let hide = hideDepth === 0 && (INVISIBLE_TAGS.has(tag) || isHidden(attrs));
      let skip = !hide && skipDepth === 0 && (FURNITURE_TAGS.has(tag) || (PAGE_FRAME_TAGS.has(tag) && articleDepth === 0));
      const caption = CAPTION_TAGS.has(tag) || isCaptionClass(attrs);
      if (block || tag === 'br' || hide || skip || caption) flush();
      let container: number | null = null;
      if (!hide && !skip && skipDepth === 0 && hideDepth === 0 && (attrs.class || attrs.id || attrs.role)) {
        const reason = furnitureReason(tag, attrs, articleDepth > 0);
        if (reason?.startsWith('role=')) skip = true;
        else if (reason && reason !== 'hidden') {
          container = containerParent.length;
          containerParent.push(openContainers.length ? openContainers[openContainers.length - 1] : -1);
          containerLong.push(isLongFurniture(reason));
          openContainers.push(container);
        }
      }
      if (hide) hideDepth++;
      if (skip) skipDepth++;
      if (caption) captionDepth++;
      if (tag === 'article' || tag === 'main') articleDepth++;
      const href = tag === 'a' && (attrs.href ?? '').trim() !== '';
      stack.push({
        tag, block, skip, hide, caption, container, href, chars: 0, linkChars: 0, links: 0,
        firstWalk: walk.length, firstRaw: raw.length, score: 0, weight: block ? classWeight(tag, attrs) : 0,
      });
      if (block) blockStack.push(stack.length - 1);
    },

    text(text) {
      if (titleText !== null) titleText += text;
      else if (jsonLd !== null) jsonLd += text;
      else if (hideDepth === 0) {
        buf += text;
        if (builder.inLink) bufLink += text.length;
        // Link-list statistics count what the walk sees, as a reader of the page would.
        const top = stack[stack.length - 1];
        if (top && skipDepth === 0) {
          const n = text.trim().length;
          top.chars += n;
          if (builder.inLink) top.linkChars += n;
        }
      }
    },

    close(tag) {
      const el = stack[stack.length - 1];
      if (tag === 'title' && titleText !== null) {
        title = titleText.replace(/\s+/g, ' ').trim();
        titleText = null;
      }
      if (tag === 'script' && jsonLd !== null) {
        meta.jsonLd(jsonLd);
        jsonLd = null;
      }
      if (el.block || el.skip || el.hide || el.caption) flush();
      stack.pop();
      if (el.block) blockStack.pop();
      if (el.hide) hideDepth--;
      if (el.skip) skipDepth--;
      if (el.caption) captionDepth--;
      if (tag === 'article' || tag === 'main') articleDepth--;
      if (el.href && el.chars > 0) el.links++;
      if (el.container !== null) openContainers.pop();
      if (el.block && !NEVER_DROPPED.has(tag) && el.links >= LINK_LIST_MIN_LINKS && el.linkChars >= LINK_LIST_MIN_SHARE * el.chars) {
        walk.length = Math.min(walk.length, el.firstWalk);
      }
      if (BOX_TAGS.has(tag) && el.links > 0 && el.chars > 0 && el.chars <= BOX_MAX_CHARS && el.linkChars >= BOX_MIN_LINK_SHARE * el.chars) {
        // Small by construction, so marking its blocks costs O(1) amortised per character.
        const id = boxes++;
        for (let i = el.firstRaw; i < raw.length; i++) raw[i].box ??= id;
      }
      if (el.block && el.score > 0 && !el.hide) {
        const score = (el.score + el.weight) * (1 - (el.chars ? el.linkChars / el.chars : 0));
        if (!best || score > best.score) best = { start: el.firstRaw, end: raw.length, score };
      }
      const parent = stack[stack.length - 1];
      if (parent && !el.hide) {
        parent.chars += el.chars;
        parent.linkChars += el.linkChars;
        parent.links += el.links;
      }
    },
  };

  const builder = new HtmlTreeBuilder(sink);
  builder.parse(html);
  flush();
  const kept = keepLargeContainers(raw, walk, containerParent, containerLong);
  const densest = best as { start: number; end: number; score: number } | null;
  return { raw, walk: kept, densest: densest ? { start: densest.start, end: densest.end } : null, meta, title };
}

/**
 * A wrapper whose class happens to look menu-like ("page has-sidebar") holds the page,
 * not a menu: a class-matched container with more than this share of the text is kept.
 */
const WRAPPER_TEXT_SHARE = 0.5;

/** Drops walk blocks inside a menu-like container, unless that container (and every one around it) holds most of the text. */
function keepLargeContainers(raw: RawBlock[], walk: number[], parent: number[], long: boolean[]): number[] {
  if (parent.length === 0) return walk;
  const chars = new Array<number>(parent.length).fill(0);
  let total = 0;
  for (const i of walk) {
    const b = raw[i];
    total += b.text.length;
    // Each container's count includes its descendants': add the block to every ancestor, amortised
    // by pushing totals up once at the end (children always have larger ids than parents).
    if (b.container >= 0) chars[b.container] += b.text.length;
  }
  for (let id = parent.length - 1; id >= 0; id--) if (parent[id] >= 0) chars[parent[id]] += chars[id];
  const ok = new Array<boolean>(parent.length);
  for (let id = 0; id < parent.length; id++) ok[id] = !long[id] && chars[id] > total * WRAPPER_TEXT_SHARE && (parent[id] < 0 || ok[parent[id]]);
  return walk.filter((i) => raw[i].container < 0 || ok[raw[i].container]);
}
