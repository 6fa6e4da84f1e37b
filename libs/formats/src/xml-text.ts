import { Parser } from 'htmlparser2';

/** Text of the first element named `tag` (e.g. dc:title) in an XML document, or null. */
export function xmlText(xml: string, tag: string): string | null {
  let depth = 0;
  let text = '';
  let done = false;
  const parser = new Parser(
    {
      onopentag(name) {
        if (!done && (name === tag || depth > 0)) depth++;
      },
      ontext(t) {
        if (depth > 0) text += t;
      },
      onclosetag() {
        if (depth > 0 && --depth === 0) done = true;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return text.trim() || null;
}
