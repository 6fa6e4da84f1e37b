import { Parser } from 'htmlparser2';

export interface PdfWord {
  xMin: number;
  xMax: number;
  /** Characters as they stand on the page, left to right. */
  text: string;
}

export interface PdfLine {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  /** Index of the Poppler block the line is in, on its page. */
  block: number;
  words: PdfWord[];
}

export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
}

export interface PdfLayout {
  /** Title from the document information dictionary, or null. */
  title: string | null;
  pages: PdfPage[];
}

/** Parses pdftotext's `-bbox-layout` XHTML into pages of lines of words. */
export function parseBboxLayout(xhtml: string): PdfLayout {
  const layout: PdfLayout = { title: null, pages: [] };
  let page: PdfPage | null = null;
  let line: PdfLine | null = null;
  let word: PdfWord | null = null;
  let block = -1;
  let inTitle = false;
  let title = '';
  const num = (a: Record<string, string>, k: string) => Number(a[k]);
  const parser = new Parser(
    {
      onopentag(tag, a) {
        if (tag === 'title') inTitle = true;
        else if (tag === 'page') {
          page = { width: num(a, 'width'), height: num(a, 'height'), lines: [] };
          layout.pages.push(page);
          block = -1;
        } else if (tag === 'block') block++;
        else if (tag === 'line' && page) {
          line = { xMin: num(a, 'xmin'), yMin: num(a, 'ymin'), xMax: num(a, 'xmax'), yMax: num(a, 'ymax'), block, words: [] };
          page.lines.push(line);
        } else if (tag === 'word' && line) {
          word = { xMin: num(a, 'xmin'), xMax: num(a, 'xmax'), text: '' };
          line.words.push(word);
        }
      },
      ontext(text) {
        if (word) word.text += text;
        else if (inTitle) title += text;
      },
      onclosetag(tag) {
        if (tag === 'word') word = null;
        else if (tag === 'line') line = null;
        else if (tag === 'title') inTitle = false;
      },
    },
    { xmlMode: false, decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(xhtml);
  layout.title = title.trim() || null;
  return layout;
}
