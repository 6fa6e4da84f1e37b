import { Parser } from 'htmlparser2';
import { expandZip } from '@app/fetching';
import type { FetchedDocument, TextBlock } from '@app/contracts';
import { FormatError } from './format-error';
import { xmlText } from './xml-text';

// Parts of content.xml that are not running text: comments, tracked deletions, shapes' alt text.
const SKIPPED = new Set(['office:annotation', 'text:tracked-changes', 'svg:desc', 'svg:title', 'text:note-citation']);

/**
 * OpenDocument text: paragraphs and headings of content.xml in order (running
 * headers and footers live in styles.xml and are not read); title from meta.xml.
 */
export async function readOdt(bytes: Buffer, name: string): Promise<FetchedDocument> {
  const members = await expandZip(bytes).catch((err: Error) => {
    throw new FormatError('invalid_document', `${JSON.stringify(name)} is not a readable OpenDocument file: ${err.message}`, name);
  });
  const part = (path: string) => {
    const m = members.find((x) => x.path === path);
    return m && 'bytes' in m ? m.bytes.toString('utf8') : null;
  };
  const content = part('content.xml');
  if (!content) throw new FormatError('invalid_document', `${JSON.stringify(name)} has no content.xml`, name);
  const meta = part('meta.xml');
  const title = meta ? xmlText(meta, 'dc:title') : null;
  return { format: 'odt', blocks: odtBlocks(content), meta: title ? { title } : {}, encoding: 'UTF-8', decodingErrors: false };
}

/** text:h and text:p elements as blocks (a heading's outline level as h1..h6). */
export function odtBlocks(xml: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const open: Array<{ tag?: string; text: string }> = [];
  let skip = 0;
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        if (SKIPPED.has(tag) || skip) {
          skip++;
          return;
        }
        if (tag === 'text:h') open.push({ tag: `h${Math.min(6, Number(attrs['text:outline-level']) || 1)}`, text: '' });
        else if (tag === 'text:p') open.push({ text: '' });
        else if (open.length && (tag === 'text:s' || tag === 'text:tab' || tag === 'text:line-break')) {
          open[open.length - 1].text += tag === 'text:s' ? ' '.repeat(Number(attrs['text:c']) || 1) : ' ';
        }
      },
      ontext(t) {
        if (!skip && open.length) open[open.length - 1].text += t;
      },
      onclosetag(tag) {
        if (skip) {
          skip--;
          return;
        }
        if (tag !== 'text:h' && tag !== 'text:p') return;
        const b = open.pop();
        const text = b?.text.replace(/\s+/g, ' ').trim();
        if (b && text) blocks.push(b.tag ? { text, tag: b.tag } : { text });
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return blocks;
}
