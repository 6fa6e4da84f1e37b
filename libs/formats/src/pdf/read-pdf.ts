import type { FetchedDocument } from '@app/contracts';
import { FormatError } from '../format-error';
import { parseBboxLayout } from './bbox-layout';
import { pdfBboxLayout } from './pdftotext';
import { MIN_CHARS_PER_PAGE, pdfText } from './pdf-text';

/**
 * Text PDFs through Poppler's pdftotext (chosen over pdf.js: see libs/formats/README.md).
 * A PDF without a text layer (a scan) is refused with `scanned_pdf_needs_ocr`.
 */
export async function readPdf(bytes: Buffer, name: string): Promise<FetchedDocument & { pages: number }> {
  const layout = parseBboxLayout(await pdfBboxLayout(bytes, name));
  if (layout.pages.length === 0) throw new FormatError('invalid_document', `${JSON.stringify(name)} is a PDF with no pages`, name);
  const text = pdfText(layout);
  if (text.charsPerPage < MIN_CHARS_PER_PAGE) {
    throw new FormatError(
      'scanned_pdf_needs_ocr',
      `${JSON.stringify(name)} has no text layer (a scanned PDF, ${Math.round(text.charsPerPage)} characters per page); it needs OCR, which is not configured`,
      name,
    );
  }
  const meta = text.title ? { title: text.title } : {};
  return { format: 'pdf', blocks: text.blocks, meta, encoding: 'UTF-8', decodingErrors: false, pages: layout.pages.length };
}
