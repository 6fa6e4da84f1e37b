/** Readers of the documents newsrooms receive (PDF, Word, OpenDocument, RTF, e-mail, WARC); see README.md. */
export * from './format-error';
export * from './read-document';
export * from './split';
export { readPdf } from './pdf/read-pdf';
export { parseRtf } from './rtf';
export { parseWarc } from './warc';
