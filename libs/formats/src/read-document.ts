import { foldPresentationForms } from '@app/arabic';
import { isFormatKind, sniffUpload, toFetchedDocument, type FormatKind, type ToDocumentOptions } from '@app/fetching';
import type { FetchedDocument } from '@app/contracts';
import { readDocx } from './docx';
import { readEml } from './eml';
import { FormatError } from './format-error';
import { readOdt } from './odt';
import { readPdf } from './pdf/read-pdf';
import { readRtf } from './rtf';
import { readWarc } from './warc';

const READERS: Record<Exclude<FormatKind, 'mbox'>, (bytes: Buffer, name: string) => Promise<FetchedDocument>> = {
  pdf: readPdf,
  docx: readDocx,
  odt: readOdt,
  rtf: readRtf,
  eml: readEml,
  warc: async (b, n) => readWarc(b, n, false),
  'warc.gz': async (b, n) => readWarc(b, n, true),
};

/**
 * The bytes of one document (an upload unit or a fetched URL body) as decoded text
 * blocks with metadata, whatever the format: PDF, Word, OpenDocument, RTF, e-mail and
 * WARC here, text/HTML/JSON through @app/fetching. Every text leaves with its Arabic
 * presentation forms folded, so stripping, tagging and indexing all see letters.
 */
export async function readDocument(bytes: Buffer, name: string, options: ToDocumentOptions = {}): Promise<FetchedDocument> {
  const sniffed = sniffUpload(bytes, name);
  let doc: FetchedDocument;
  if ('kind' in sniffed && isFormatKind(sniffed.kind)) {
    if (sniffed.kind === 'mbox') throw new FormatError('invalid_document', `${JSON.stringify(name)} is a mailbox; split it with splitDocuments first`, name);
    doc = await READERS[sniffed.kind](bytes, name);
  } else {
    doc = toFetchedDocument(bytes, name, options);
  }
  const folded = foldDocument(doc);
  if (!folded.blocks.some((b) => b.text.trim() !== '')) {
    throw new FormatError('no_text', `${JSON.stringify(name)} holds no text`, name);
  }
  return folded;
}

function foldDocument(doc: FetchedDocument): FetchedDocument {
  const meta = Object.fromEntries(Object.entries(doc.meta).map(([k, v]) => [k, typeof v === 'string' ? foldPresentationForms(v) : v]));
  return { ...doc, meta, blocks: doc.blocks.map((b) => ({ ...b, text: foldPresentationForms(b.text) })) };
}
