import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

/**
 * Tree construction as the HTML standard does it, for the parts that decide where text
 * belongs (https://html.spec.whatwg.org/#tree-construction), on top of htmlparser2's
 * tokenizer: void elements, `<div/>` read as an open tag, implied end tags (`<p>`, `<li>`,
 * `<dt>`/`<dd>`, table cells and rows, headings), end tags ignored when their element is
 * not in scope, misnested formatting elements, one `<html>`/`<head>`/`<body>` however many
 * the page has, and `</body>`/`</html>` that do not end the document.
 *
 * Why not parse5 (the standard's own algorithm, complete): it parses our 54 KB bench pages
 * at ~40 pages/s against ~2,300/s for this tokenizer; the fetcher must do 1,000/s.
 * Why not htmlparser2's Parser: it keeps its stack with unshift/indexOf, so 100,000 nested
 * tags take the square of the depth, and it has none of the scope rules above.
 *
 * Every token costs O(1) amortised: scope questions are answered from per-tag counters kept
 * per scope frame, never by scanning the stack (the only scans are bounded by SCAN_LIMIT).
 */

export interface TreeSink {
  /** An element opened as a child of the previous unclosed one. */
  open(tag: string, attrs: Record<string, string>): void;
  /** The most recently opened unclosed element closed. */
  close(tag: string): void;
  text(text: string): void;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen', 'basefont', 'bgsound', 'frame']);
/** Elements allowed in <head>; anything else (or non-blank text) starts the body. */
const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'script', 'style', 'base', 'noscript', 'template', 'basefont', 'bgsound']);
/** Start tags that close an open <p> ("close a p element" in the standard). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'p', 'search',
  'section', 'summary', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'listing', 'table', 'hr', 'xmp',
  'plaintext', 'li', 'dd', 'dt',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Formatting elements: their end tag never closes a block opened inside them (adoption agency). */
const FORMATTING = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);
/** The standard's "special" category, less what is handled above: an end tag stops at them. */
const SPECIAL = new Set([
  ...CLOSES_P, 'applet', 'area', 'base', 'body', 'br', 'button', 'caption', 'col', 'colgroup', 'embed', 'frameset',
  'head', 'html', 'iframe', 'img', 'input', 'li', 'link', 'marquee', 'meta', 'noembed', 'noframes', 'noscript',
  'object', 'select', 'script', 'style', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead', 'title', 'tr',
]);
/** Scope boundaries: an element opened outside one of these is not "in scope" inside it. */
const SCOPE_BOUNDARY = new Set(['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template', 'svg', 'math']);
const TABLE_SECTIONS = new Set(['tbody', 'thead', 'tfoot']);
const CELLS = new Set(['td', 'th']);
const FOREIGN = new Set(['svg', 'math']);
/**
 * Bound on the stack walks the standard makes for `<li>`, `<dd>` and "any other end tag",
 * which stop at the first special element; a walk past this many phrasing elements gives
 * up (the tag is ignored), so hostile markup cannot make each token cost the depth.
 */
const SCAN_LIMIT = 64;

/**
 * Per-tag counts of open elements, one frame per scope boundary, for the tags this
 * scope is asked about (all tags when `counted` is null).
 */
class ScopeCounter {
  /** null until a counted tag opens in the frame: nested tables should not cost a Map each. */
  private frames: Array<Map<string, number> | null> = [null];
  /** The boundary element that opened each frame: it is itself in scope (`</table>` closes the table). */
  private owners: string[] = [''];
  constructor(
    private readonly boundaries: Set<string>,
    private readonly counted: Set<string> | null = null,
  ) {}
  opened(tag: string): number {
    const at = this.frames.length - 1;
    if (this.counted === null || this.counted.has(tag)) {
      const f = (this.frames[at] ??= new Map());
      f.set(tag, (f.get(tag) ?? 0) + 1);
    }
    if (this.boundaries.has(tag)) {
      this.frames.push(null);
      this.owners.push(tag);
    }
    return at;
  }
  closed(tag: string, frame: number): void {
    if (this.boundaries.has(tag) && this.frames.length > 1) {
      this.frames.pop();
      this.owners.pop();
    }
    if (this.counted !== null && !this.counted.has(tag)) return;
    const f = this.frames[frame];
    if (f) f.set(tag, (f.get(tag) ?? 1) - 1);
  }
  inScope(tag: string): boolean {
    const top = this.frames.length - 1;
    return this.owners[top] === tag || (this.frames[top]?.get(tag) ?? 0) > 0;
  }
}

interface Open {
  tag: string;
  /** Frame index in each counter, to undo the count on close. */
  frames: [number, number, number, number];
  /** Ended by a misnested end tag (adoption agency) but kept open for its blocks. */
  ended: boolean;
  href: boolean;
}

export class HtmlTreeBuilder implements TokenizerCallbacks {
  private readonly tokenizer = new Tokenizer({ decodeEntities: true }, this);
  private readonly stack: Open[] = [];
  private readonly scope = new ScopeCounter(SCOPE_BOUNDARY);
  private readonly button = new ScopeCounter(new Set([...SCOPE_BOUNDARY, 'button']), new Set(['p']));
  private readonly list = new ScopeCounter(new Set([...SCOPE_BOUNDARY, 'ol', 'ul']), new Set(['li']));
  private readonly table = new ScopeCounter(new Set(['html', 'table', 'template']), new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'caption', 'table']));
  private html = '';
  private tagName = '';
  private attrs: Record<string, string> = {};
  private attrName = '';
  private attrValue = '';
  private headDone = false;
  private bodyOpen = false;
  private foreignDepth = 0;
  private linkDepth = 0;

  constructor(private readonly sink: TreeSink) {}

  /** Parses a whole document, emitting a well-nested open/close/text sequence to the sink. */
  parse(html: string): void {
    this.html = html;
    this.tokenizer.write(html);
    this.tokenizer.end();
  }

  /** Text now is inside an `<a href>` that has not ended (named anchors are not links). */
  get inLink(): boolean {
    return this.linkDepth > 0;
  }

  /** Inside <svg> or <math>, where <title> is not the page title. */
  get inForeign(): boolean {
    return this.foreignDepth > 0;
  }

  // --- tokenizer callbacks -------------------------------------------------------------

  ontext(start: number, end: number): void {
    this.emitText(this.html.slice(start, end));
  }
  ontextentity(cp: number): void {
    this.emitText(String.fromCodePoint(cp));
  }
  onopentagname(start: number, end: number): void {
    this.tagName = this.html.slice(start, end).toLowerCase();
    this.attrs = {};
  }
  onattribname(start: number, end: number): void {
    this.attrName = this.html.slice(start, end).toLowerCase();
  }
  onattribdata(start: number, end: number): void {
    this.attrValue += this.html.slice(start, end);
  }
  onattribentity(cp: number): void {
    this.attrValue += String.fromCodePoint(cp);
  }
  onattribend(): void {
    if (!Object.prototype.hasOwnProperty.call(this.attrs, this.attrName)) this.attrs[this.attrName] = this.attrValue;
    this.attrValue = '';
  }
  onopentagend(): void {
    this.startTag(this.tagName, this.attrs, false);
  }
  onselfclosingtag(): void {
    this.startTag(this.tagName, this.attrs, true);
  }
  onclosetag(start: number, end: number): void {
    this.endTag(this.html.slice(start, end).toLowerCase());
  }
  oncomment(): void {}
  oncdata(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
  onend(): void {
    while (this.stack.length) this.pop();
  }

  // --- tree construction ---------------------------------------------------------------

  private emitText(text: string): void {
    if (!this.bodyOpen && this.top()?.tag !== 'title' && this.top()?.tag !== 'style' && this.top()?.tag !== 'script' && this.top()?.tag !== 'noscript' && this.top()?.tag !== 'template') {
      if (/^[\s\uFEFF]*$/.test(text)) return;
      this.openBody();
    }
    this.sink.text(text);
  }

  private top(): Open | undefined {
    return this.stack[this.stack.length - 1];
  }

  private ensureHtml(): void {
    if (this.stack.length === 0) this.push('html', {});
  }

  /** Ends <head> (if open) and opens <body>, as body content does in browsers. */
  private openBody(attrs: Record<string, string> = {}): void {
    this.ensureHtml();
    if (!this.headDone) {
      this.headDone = true;
      const head = this.stack.findIndex((e) => e.tag === 'head');
      if (head >= 0) while (this.stack.length > head) this.pop();
    }
    // Whatever <head> content is still open (an unclosed <title>...) ends with it.
    while (this.stack.length > 1) this.pop();
    this.push('body', attrs);
    this.bodyOpen = true;
  }

  private startTag(tag: string, attrs: Record<string, string>, selfClosing: boolean): void {
    if (this.foreignDepth > 0) {
      this.push(tag, attrs);
      if (selfClosing || VOID.has(tag)) this.pop();
      return;
    }
    if (tag === 'html') {
      if (this.stack.length === 0) this.push('html', attrs);
      return;
    }
    if (!this.bodyOpen) {
      if (tag === 'head') {
        this.ensureHtml();
        if (!this.headDone && !this.stack.some((e) => e.tag === 'head')) this.push('head', attrs);
        return;
      }
      if (HEAD_CONTENT.has(tag)) {
        this.ensureHtml();
        if (!this.headDone && this.stack.length === 1) this.push('head', {});
        this.element(tag, attrs);
        return;
      }
      this.openBody(tag === 'body' ? attrs : {});
      if (tag === 'body') return;
    }
    if (tag === 'body' || tag === 'head' || tag === 'frameset') return;
    this.element(tag, attrs);
  }

  /** An element start tag in body (or head content): implied ends first, then the element. */
  private element(tag: string, attrs: Record<string, string>): void {
    if (CLOSES_P.has(tag) && this.button.inScope('p')) this.closeUpTo('p');
    if (HEADINGS.has(tag) && HEADINGS.has(this.top()?.tag ?? '')) this.pop();
    if (tag === 'li') this.closeListItem(['li'], this.list);
    else if (tag === 'dd' || tag === 'dt') this.closeListItem(['dd', 'dt'], this.scope);
    else if (tag === 'a' && this.scope.inScope('a')) this.endFormatting('a');
    else if (tag === 'option' && this.top()?.tag === 'option') this.pop();
    else if (CELLS.has(tag) || tag === 'tr' || TABLE_SECTIONS.has(tag) || tag === 'caption') this.closeTableParts(tag);
    else if (tag === 'form' && this.scope.inScope('form')) return; // a form inside a form is dropped
    if (tag === 'br' || tag === 'image') tag = tag === 'image' ? 'img' : tag;
    this.push(tag, attrs);
    if (VOID.has(tag)) this.pop();
  }

  private endTag(tag: string): void {
    if (this.foreignDepth > 0 && !FOREIGN.has(tag)) {
      if (this.scope.inScope(tag)) this.closeUpTo(tag);
      return;
    }
    if (tag === 'html' || tag === 'body') return; // content after </body> still belongs to the body
    if (tag === 'head') {
      if (!this.bodyOpen) {
        this.headDone = true;
        const head = this.stack.findIndex((e) => e.tag === 'head');
        if (head >= 0) while (this.stack.length > head) this.pop();
      }
      return;
    }
    if (tag === 'br') {
      this.element('br', {});
      return;
    }
    if (tag === 'p') {
      if (this.button.inScope('p')) this.closeUpTo('p');
      return;
    }
    if (tag === 'li') {
      if (this.list.inScope('li')) this.closeUpTo('li');
      return;
    }
    if (HEADINGS.has(tag)) {
      const open = [...HEADINGS].find((h) => this.scope.inScope(h));
      if (open) this.closeUpToAny(HEADINGS);
      return;
    }
    if (FORMATTING.has(tag)) {
      if (this.scope.inScope(tag)) this.endFormatting(tag);
      return;
    }
    if (CELLS.has(tag) || tag === 'tr' || TABLE_SECTIONS.has(tag) || tag === 'table' || tag === 'caption') {
      if (this.table.inScope(tag)) this.closeUpTo(tag);
      return;
    }
    if (SPECIAL.has(tag) || FOREIGN.has(tag)) {
      if (this.scope.inScope(tag)) this.closeUpTo(tag);
      return;
    }
    // Any other end tag: the nearest open element of that name, unless a special one is nearer.
    if (!this.scope.inScope(tag)) return;
    for (let i = this.stack.length - 1, n = 0; i >= 0 && n < SCAN_LIMIT; i--, n++) {
      const el = this.stack[i];
      if (el.tag === tag) {
        while (this.stack.length > i) this.pop();
        return;
      }
      if (SPECIAL.has(el.tag)) return;
    }
  }

  /** `<li>` closes the open `<li>` unless a special element other than address/div/p is nearer. */
  private closeListItem(tags: string[], counter: ScopeCounter): void {
    if (!tags.some((t) => counter.inScope(t))) return;
    for (let i = this.stack.length - 1, n = 0; i >= 0 && n < SCAN_LIMIT; i--, n++) {
      const tag = this.stack[i].tag;
      if (tags.includes(tag)) {
        while (this.stack.length > i) this.pop();
        return;
      }
      if (SPECIAL.has(tag) && tag !== 'address' && tag !== 'div' && tag !== 'p') return;
    }
  }

  /** A new cell, row or section closes the open ones of the same table. */
  private closeTableParts(tag: string): void {
    const closes = CELLS.has(tag) ? ['td', 'th'] : tag === 'tr' ? ['td', 'th', 'tr'] : ['td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'caption'];
    const open = closes.filter((t) => this.table.inScope(t));
    if (open.length === 0) return;
    const set = new Set(open);
    // In table scope the nearest of these is below the next <table>, so this pops only this table's parts.
    while (this.stack.length && !set.has(this.top()!.tag)) this.pop();
    while (this.stack.length && set.has(this.top()!.tag)) {
      this.pop();
      if (!closes.some((t) => this.table.inScope(t))) break;
    }
  }

  /**
   * End tag of a formatting element. Nested only inside phrasing elements, it closes them;
   * with a block opened inside it (`<a href><div>text</a> more</div>`), the standard moves
   * the block out of the link, so the block stays open and only the link's effect ends.
   */
  private endFormatting(tag: string): void {
    for (let i = this.stack.length - 1, n = 0; i >= 0 && n < SCAN_LIMIT; i--, n++) {
      const el = this.stack[i];
      if (el.tag === tag && !el.ended) {
        while (this.stack.length > i) this.pop();
        return;
      }
      if (SPECIAL.has(el.tag)) break;
    }
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const el = this.stack[i];
      if (el.tag === tag && !el.ended) {
        this.endInPlace(el);
        return;
      }
    }
  }

  /** Pops up to and including the nearest `tag`, as its end tag does once it is in scope. */
  private closeUpTo(tag: string): void {
    while (this.stack.length) {
      const el = this.pop();
      if (el.tag === tag && !el.ended) return;
    }
  }

  private closeUpToAny(tags: Set<string>): void {
    while (this.stack.length) if (tags.has(this.pop().tag)) return;
  }

  private push(tag: string, attrs: Record<string, string>): void {
    const frames: Open['frames'] = [this.scope.opened(tag), this.button.opened(tag), this.list.opened(tag), this.table.opened(tag)];
    const href = tag === 'a' && (attrs.href ?? '').trim() !== '';
    if (href) this.linkDepth++;
    if (FOREIGN.has(tag)) this.foreignDepth++;
    this.stack.push({ tag, frames, ended: false, href });
    this.sink.open(tag, attrs);
  }

  private pop(): Open {
    const el = this.stack.pop()!;
    if (!el.ended) this.uncount(el);
    if (FOREIGN.has(el.tag)) this.foreignDepth--;
    this.sink.close(el.tag);
    return el;
  }

  private endInPlace(el: Open): void {
    el.ended = true;
    this.uncountFrames(el);
    if (el.href) this.linkDepth--;
  }

  private uncount(el: Open): void {
    this.uncountFrames(el);
    if (el.href) this.linkDepth--;
  }

  private uncountFrames(el: Open): void {
    this.scope.closed(el.tag, el.frames[0]);
    this.button.closed(el.tag, el.frames[1]);
    this.list.closed(el.tag, el.frames[2]);
    this.table.closed(el.tag, el.frames[3]);
  }
}
