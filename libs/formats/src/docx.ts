import mammoth from 'mammoth';
import { expandZip, extractHtml } from '@app/fetching';
import type { FetchedDocument } from '@app/contracts';
import { FormatError } from './format-error';
import { xmlText } from './xml-text';

/** Word documents through mammoth into HTML, then the same HTML walk as web pages (headers and footers are not in mammoth's output). */
export async function readDocx(bytes: Buffer, name: string): Promise<FetchedDocument> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (err) {
    throw new FormatError('invalid_document', `${JSON.stringify(name)} is not a readable Word document: ${(err as Error).message}`, name);
  }
  const { blocks, meta } = extractHtml(`<html><body>${html}</body></html>`);
  const title = await coreTitle(bytes);
  return { format: 'docx', blocks, meta: title ? { ...meta, title } : meta, encoding: 'UTF-8', decodingErrors: false };
}

/** dc:title of docProps/core.xml, or null. */
async function coreTitle(bytes: Buffer): Promise<string | null> {
  const core = (await expandZip(bytes)).find((m) => m.path === 'docProps/core.xml');
  return core && 'bytes' in core ? xmlText(core.bytes.toString('utf8'), 'dc:title') : null;
}
