// A tiny element builder. Text always goes in as text nodes (never innerHTML), so
// Arabic stays in logical order and nothing from a document can run as markup.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else if (name === 'class') el.className = value;
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescape = (s) => s.replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m]);

/**
 * Search snippets arrive HTML-escaped with matched words in <mark>: rebuilt here as
 * text and <mark> nodes only, so no other markup can come through.
 */
export function marked(escaped) {
  const out = [];
  const parts = String(escaped ?? '').split(/(<mark>|<\/mark>)/);
  let inMark = false;
  for (const part of parts) {
    if (part === '<mark>') inMark = true;
    else if (part === '</mark>') inMark = false;
    else if (part) out.push(inMark ? h('mark', {}, unescape(part)) : document.createTextNode(unescape(part)));
  }
  return out;
}

/** Arabic content (document text, names) keeps its own direction whatever the labels' language. */
export function ar(tag, attrs, ...children) {
  return h(tag, { dir: 'rtl', lang: 'ar', ...attrs }, ...children);
}

export function clear(el) {
  el.replaceChildren();
  return el;
}
