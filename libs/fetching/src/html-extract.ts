import { Parser } from 'htmlparser2';
import type { FetchedMeta, TextBlock } from '@app/contracts';
import { BLOCK_TAGS, furnitureReason, NEVER_DROPPED, PAGE_FRAME_TAGS, SKIPPED_TAGS } from './html-boilerplate';
import { metaFromJsonLd, MetaCollector } from './html-meta';

export interface ExtractedHtml {
  blocks: TextBlock[];
  meta: FetchedMeta;
}

interface OpenElement {
  tag: string;
  block: boolean;
  /** This element starts a subtree that is never text (script, nav...). */
  skip: boolean;
  /** Id of the menu-like container this element starts, if any (see `containers`). */
  container: number | null;
  /** Text characters inside, inside links, and links with text: for spotting link lists. */
  chars: number;
  linkChars: number;
  links: number;
  /** blocks.length when the element opened: its blocks are the ones after. */
  firstBlock: number;
}

interface PendingBlock extends TextBlock {
  containers: number[];
}

/**
 * A wrapper whose class happens to look menu-like ("page has-sidebar") holds the page,
 * not a menu: a class-matched container with more than this share of the text is kept.
 */
const WRAPPER_TEXT_SHARE = 0.5;
/**
 * A block element that is nearly all link text, over several links, is a menu or a
 * "related"/"most read" list whatever its class says, e.g. <div class="x9"> holding six
 * linked headlines. Article paragraphs carry a link or two among their own words.
 */
const LINK_LIST_MIN_LINKS = 3;
const LINK_LIST_MIN_SHARE = 0.8;
/** Elements that may stand in <head>; any other opens the body. */
const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'script', 'style', 'base', 'noscript', 'template', 'head', 'html']);

/**
 * Turns HTML into text blocks in reading order, each tagged with the block element it came
 * from, plus head metadata. A streaming parse (htmlparser2) with no DOM keeps it fast;
 * page furniture (scripts, nav, header/footer, aside, forms, menu-like containers) is
 * dropped, everything else is left for the boilerplate stripper to judge.
 */
export function extractHtml(html: string): ExtractedHtml {
  const stack: OpenElement[] = [];
  const blocks: PendingBlock[] = [];
  const containerChars: number[] = [];
  const openContainers: number[] = [];
  const meta = new MetaCollector();
  let skipDepth = 0;
  let articleDepth = 0;
  let linkDepth = 0;
  let buf = '';
  let inTitle = false;
  let titleText = '';
  let jsonLd: string | null = null;

  const blockTag = (): string => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].block) return stack[i].tag;
    return 'body';
  };
  const flush = () => {
    if (buf === '') return;
    const tag = blockTag();
    const lines = tag === 'pre' ? buf.split('\n') : [buf];
    buf = '';
    for (const line of lines) {
      const text = line.replace(/\s+/g, ' ').trim();
      if (text === '') continue;
      blocks.push({ text, tag, containers: [...openContainers] });
      for (const id of openContainers) containerChars[id] += text.length;
    }
  };

  /** Closes the element at `idx` and everything opened inside it. */
  const closeFrom = (idx: number) => {
    while (stack.length > idx) {
      const el = stack[stack.length - 1];
      if (el.block) flush();
      stack.pop();
      if (el.skip) skipDepth--;
      if (el.tag === 'article' || el.tag === 'main') articleDepth--;
      if (el.tag === 'a') {
        linkDepth--;
        if (el.chars > 0) el.links++;
      }
      if (el.container !== null) openContainers.pop();
      if (el.block && !NEVER_DROPPED.has(el.tag) && el.links >= LINK_LIST_MIN_LINKS && el.linkChars >= LINK_LIST_MIN_SHARE * el.chars) {
        blocks.length = el.firstBlock;
      }
      const parent = stack[stack.length - 1];
      if (parent) {
        parent.chars += el.chars;
        parent.linkChars += el.linkChars;
        parent.links += el.links;
      }
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        // Body content ends an unclosed <head>, as in browsers.
        if (skipDepth > 0 && !HEAD_CONTENT.has(name)) {
          const head = stack.findIndex((e) => e.tag === 'head');
          if (head >= 0) closeFrom(head);
        }
        if (name === 'meta' || name === 'link' || name === 'html') meta.element(name, attrs);
        if (name === 'title' && titleText === '' && !stack.some((e) => e.tag === 'svg' || e.tag === 'math')) inTitle = true;
        if (name === 'script' && /ld\+json/i.test(attrs.type ?? '')) jsonLd = '';
        const block = BLOCK_TAGS.has(name);
        if (block || name === 'br') flush();
        let skip = skipDepth > 0 ? false : SKIPPED_TAGS.has(name) || (PAGE_FRAME_TAGS.has(name) && articleDepth === 0);
        let container: number | null = null;
        if (!skip && skipDepth === 0 && (attrs.class || attrs.id || attrs.role || attrs.style || attrs.hidden !== undefined)) {
          const reason = furnitureReason(name, attrs, articleDepth > 0);
          if (reason === 'hidden' || reason?.startsWith('role=')) skip = true;
          else if (reason) {
            container = containerChars.length;
            containerChars.push(0);
            openContainers.push(container);
          }
        }
        if (skip) skipDepth++;
        if (name === 'article' || name === 'main') articleDepth++;
        if (name === 'a') linkDepth++;
        stack.push({ tag: name, block, skip, container, chars: 0, linkChars: 0, links: 0, firstBlock: blocks.length });
      },
      ontext(text) {
        if (inTitle) titleText += text;
        else if (jsonLd !== null) jsonLd += text;
        else if (skipDepth === 0) {
          buf += text;
          const top = stack[stack.length - 1];
          if (top) {
            const n = text.trim().length;
            top.chars += n;
            if (linkDepth > 0) top.linkChars += n;
          }
        }
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (name === 'script' && jsonLd !== null) {
          meta.jsonLd(metaFromJsonLd(jsonLd));
          jsonLd = null;
        }
        let idx = stack.length - 1;
        while (idx >= 0 && stack[idx].tag !== name) idx--;
        if (idx >= 0) closeFrom(idx);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();

  const total = containerChars.length ? blocks.reduce((n, b) => n + b.text.length, 0) : 0;
  const kept = blocks.filter((b) => b.containers.every((id) => containerChars[id] > total * WRAPPER_TEXT_SHARE));
  return {
    blocks: kept.map(({ text, tag }) => ({ text, tag })),
    meta: meta.result(titleText.replace(/\s+/g, ' ').trim()),
  };
}
