import { searchTermSpans, type TermSpan } from '@app/arabic';

/**
 * Highlighting for readers.  Elasticsearch's highlighter can only mark the field it
 * matched on, and our matches happen on `search.*` (normalised, stemmed, unreadable
 * as prose).  So snippets are cut from the original paragraphs here, marking every
 * word whose term (same `searchTermSpans` code as the index) is one of the query's
 * terms: the reader sees the article's own spelling ("بِسوريا") for a query "سورية".
 */
export interface SnippetOptions {
  stem: boolean;
  maxSnippets?: number;
  /** Approximate length of a snippet in characters. */
  fragmentChars?: number;
  pre?: string;
  post?: string;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Words of `text` having a term in `terms` (the query's terms, all groups together). */
export function matchingSpans(text: string, terms: ReadonlySet<string>, stem: boolean): TermSpan[] {
  return searchTermSpans(text, { stem }).filter((s) => s.terms.some((t) => terms.has(t)));
}

/** `text[start, end)` HTML-escaped, with `spans` wrapped in pre/post; ellipses where cut. */
export function markText(text: string, spans: TermSpan[], start = 0, end = text.length, pre = '<mark>', post = '</mark>'): string {
  let out = start > 0 ? '… ' : '';
  let at = start;
  for (const s of spans) {
    if (s.start < at || s.end > end) continue;
    out += escapeHtml(text.slice(at, s.start)) + pre + escapeHtml(text.slice(s.start, s.end)) + post;
    at = s.end;
  }
  out += escapeHtml(text.slice(at, end));
  return end < text.length ? `${out} …` : out;
}

/** Widens [start, end) to white space so no word is cut in half. */
function wordWindow(text: string, center: number, size: number): [number, number] {
  let start = Math.max(0, center - Math.floor(size / 3));
  let end = Math.min(text.length, start + size);
  while (start > 0 && !/\s/.test(text[start - 1])) start--;
  while (end < text.length && !/\s/.test(text[end])) end++;
  return [start, end];
}

/**
 * Up to `maxSnippets` marked fragments, from the paragraphs matching the most
 * distinct query terms (ties: earlier first).  When no paragraph matches (the hit
 * came from the title), the start of the first paragraph, unmarked.
 */
export function buildSnippets(paragraphs: string[], queryTerms: string[], options: SnippetOptions): string[] {
  const { maxSnippets = 3, fragmentChars = 200, pre = '<mark>', post = '</mark>' } = options;
  const terms = new Set(queryTerms);
  const scored = paragraphs
    .map((text, index) => {
      const spans = terms.size > 0 ? matchingSpans(text, terms, options.stem) : [];
      const matchedTerms = new Set(spans.flatMap((s) => s.terms.filter((t) => terms.has(t))));
      return { text, index, spans, score: matchedTerms.size };
    })
    .filter((p) => p.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, maxSnippets);
  if (scored.length === 0) {
    const first = paragraphs.find((p) => p.trim()) ?? '';
    const [, end] = wordWindow(first, 0, fragmentChars);
    return first ? [markText(first, [], 0, end)] : [];
  }
  return scored.map(({ text, spans }) => {
    const [start, end] = wordWindow(text, spans[0].start, fragmentChars);
    return markText(text, spans, start, end, pre, post);
  });
}
