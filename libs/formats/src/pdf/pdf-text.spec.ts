import type { PdfLayout, PdfLine } from './bbox-layout';
import { pdfText } from './pdf-text';

/** A line of one word per logical word, drawn right to left from x = 300. */
function line(text: string, yMin: number, height = 20): PdfLine {
  const words = text.split(' ').map((w, i) => ({ xMin: 300 - (i + 1) * 40, xMax: 300 - (i + 1) * 40 + 35, text: [...w].reverse().join('') }));
  return { xMin: 0, xMax: 300, yMin, yMax: yMin + height, block: 0, words };
}

const page = (lines: PdfLine[]) => ({ width: 400, height: 600, lines });

describe('pdfText', () => {
  const layout: PdfLayout = {
    title: null,
    pages: [
      page([line('نشرة المكتب', 20, 12), line('عنوان الخبر', 60, 30), line('قال الوزير اليوم إن', 100), line('المحادثات انتهت.', 126), line('فقرة ثانية هنا', 162), line('تستمر في', 188), line('1', 570, 12)]),
      page([line('نشرة المكتب', 20, 12), line('الصفحة التالية.', 100), line('فقرة ثالثة.', 136), line('2', 570, 12)]),
    ],
  };

  it('drops running headers and page numbers, joins lines into paragraphs, across pages too', () => {
    const text = pdfText(layout);
    expect(text.blocks).toEqual([
      { text: 'عنوان الخبر', tag: 'h1' },
      { text: 'قال الوزير اليوم إن المحادثات انتهت.' },
      { text: 'فقرة ثانية هنا تستمر في الصفحة التالية.' },
      { text: 'فقرة ثالثة.' },
    ]);
    expect(text.title).toBe('عنوان الخبر');
  });

  it('takes the title from the document information unless it is a placeholder', () => {
    expect(pdfText({ ...layout, title: 'بيان الوزارة' }).title).toBe('بيان الوزارة');
    expect(pdfText({ ...layout, title: 'Microsoft Word - draft3.docx' }).title).toBe('عنوان الخبر');
  });

  it('removes kashida and counts the characters of each page (a scan has none)', () => {
    const one = pdfText({ title: null, pages: [page([line('بـــدأت المحادثات', 100)])] });
    expect(one.blocks[0].text).toBe('بدأت المحادثات');
    expect(pdfText({ title: null, pages: [page([]), page([])] }).charsPerPage).toBe(0);
  });
});
