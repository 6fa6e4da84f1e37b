import * as iconv from 'iconv-lite';
import type { FetchedDocument, TextBlock } from '@app/contracts';
import { FormatError } from './format-error';

/*
 * RTF, hand-written: the npm RTF readers are unmaintained and ignore \ansicpg, which
 * is how Word writes Arabic (\ansicpg1256 with \'hh bytes) beside \uN escapes.
 */

// Destinations whose text is not the document's: fonts, styles, headers, footers, pictures, fields' codes.
const SKIPPED = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl', 'latentstyles',
  'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf', 'pict', 'object', 'fldinst',
  'themedata', 'colorschememapping', 'datastore', 'pgdsctbl', 'mmathPr', 'revtbl', 'filetbl', 'footnote', 'annotation',
]);
// \fcharset of a font -> Windows code page, for \'hh bytes in that font.
const CHARSET_CODEPAGE: Record<number, number> = { 0: 1252, 161: 1253, 162: 1254, 177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250 };

interface Group {
  skip: boolean;
  /** Characters to skip after a \uN (\ucN). */
  uc: number;
  codepage: number;
  font: number | null;
  /** The group is \info's \title. */
  title: boolean;
  /** The group is an \upr pair, and whether its ANSI half was passed. */
  upr?: boolean;
  uprSeen?: boolean;
  /** Inside the ANSI half of \upr: its \title is not the title. */
  hideTitle?: boolean;
}

export async function readRtf(bytes: Buffer, name: string): Promise<FetchedDocument> {
  const { paragraphs, title } = parseRtf(bytes.toString('latin1'));
  if (paragraphs.length === 0 && !bytes.toString('latin1').startsWith('{\\rtf')) {
    throw new FormatError('invalid_document', `${JSON.stringify(name)} is not an RTF document`, name);
  }
  const blocks: TextBlock[] = paragraphs.map((text) => ({ text }));
  return { format: 'rtf', blocks, meta: title ? { title } : {}, encoding: 'RTF', decodingErrors: false };
}

/** Paragraphs (\par) and the \info title of an RTF document given as latin1 text. */
export function parseRtf(rtf: string): { paragraphs: string[]; title: string | null } {
  const paragraphs: string[] = [];
  const fontCodepage = new Map<number, number>();
  let current = '';
  let title = '';
  let bytes: number[] = [];
  let pendingSkip = 0;
  const stack: Group[] = [];
  let g: Group = { skip: false, uc: 1, codepage: 1252, font: null, title: false };
  let fontNumber: number | null = null;

  const emit = (text: string) => {
    if (g.skip && !g.title) return;
    if (g.title) title += text;
    else current += text;
  };
  const flushBytes = () => {
    if (bytes.length === 0) return;
    const cp = (g.font !== null && fontCodepage.get(g.font)) || g.codepage;
    emit(iconv.decode(Buffer.from(bytes), iconv.encodingExists(`cp${cp}`) ? `cp${cp}` : 'cp1252'));
    bytes = [];
  };
  const endParagraph = () => {
    flushBytes();
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };

  let i = 0;
  while (i < rtf.length) {
    const ch = rtf[i];
    if (ch === '{') {
      flushBytes();
      stack.push(g);
      g = { ...g, title: false, upr: false, uprSeen: false };
      // {\* ...}: a destination a reader may ignore, except \ud, the Unicode twin of an \upr pair.
      if (rtf.startsWith('{\\*', i) && !rtf.startsWith('{\\*\\ud', i)) g.skip = true;
      // {\upr{ANSI}{\*\ud{Unicode}}}: the ANSI group is a fallback for old readers.
      const parent = stack[stack.length - 1];
      if (parent.upr && !parent.uprSeen) {
        parent.uprSeen = true;
        g.skip = true;
        g.hideTitle = true;
      }
      i++;
    } else if (ch === '}') {
      flushBytes();
      g = stack.pop() ?? g;
      i++;
    } else if (ch === '\\') {
      const m = /^\\(?:([a-zA-Z]+)(-?\d+)? ?|'([0-9a-fA-F]{2})|([^a-zA-Z]))/.exec(rtf.slice(i, i + 40));
      if (!m) {
        i++;
        continue;
      }
      i += m[0].length;
      if (m[3] !== undefined) {
        if (pendingSkip > 0) pendingSkip--;
        else bytes.push(parseInt(m[3], 16));
        continue;
      }
      flushBytes();
      if (m[4] !== undefined) {
        if (m[4] === '~') emit('\u00a0');
        else if (m[4] === '\n' || m[4] === '\r') endParagraph();
        else if (m[4] === '\\' || m[4] === '{' || m[4] === '}') emit(m[4]);
        continue;
      }
      const word = m[1];
      const arg = m[2] === undefined ? null : Number(m[2]);
      if (SKIPPED.has(word)) g.skip = true;
      else if (word === 'title') g.title = !g.hideTitle;
      else if (word === 'upr') g.upr = true;
      else if (word === 'info') g.skip = true;
      else if (word === 'ansicpg' && arg !== null) g.codepage = arg;
      else if (word === 'f' && arg !== null) {
        g.font = arg;
        fontNumber = arg;
      } else if (word === 'fcharset' && arg !== null && fontNumber !== null && CHARSET_CODEPAGE[arg]) fontCodepage.set(fontNumber, CHARSET_CODEPAGE[arg]);
      else if (word === 'uc' && arg !== null) g.uc = arg;
      else if (word === 'u' && arg !== null) {
        emit(String.fromCharCode(arg < 0 ? arg + 65536 : arg));
        pendingSkip = g.uc;
      } else if (word === 'par' || word === 'sect' || word === 'page') endParagraph();
      else if (word === 'line' || word === 'tab') emit(' ');
      else if (word === 'emdash') emit('—');
      else if (word === 'endash') emit('–');
      else if (word === 'lquote') emit('‘');
      else if (word === 'rquote') emit('’');
      else if (word === 'ldblquote') emit('“');
      else if (word === 'rdblquote') emit('”');
    } else if (ch === '\r' || ch === '\n') {
      i++;
    } else {
      if (pendingSkip > 0) pendingSkip--;
      else {
        flushBytes();
        emit(ch);
      }
      i++;
    }
  }
  endParagraph();
  return { paragraphs, title: title.replace(/\s+/g, ' ').trim() || null };
}
