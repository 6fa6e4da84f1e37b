import { decodeBytes } from './decode';
import { matchesAt, UNSUPPORTED_SIGNATURES } from './magic-numbers';

/** Formats read by @app/formats (documents and containers of documents). */
export type FormatKind = 'pdf' | 'docx' | 'odt' | 'rtf' | 'eml' | 'mbox' | 'warc' | 'warc.gz';
export type UploadKind = 'text' | 'html' | 'json' | 'ndjson' | 'zip' | FormatKind;
export type SniffResult = { kind: UploadKind } | { rejected: true; status: 400 | 415; message: string };

export const SUPPORTED_TYPES =
  'plain text (.txt), HTML (.html, .htm), JSON (.json), NDJSON (.ndjson), PDF with a text layer, Word (.docx), OpenDocument text (.odt), RTF, e-mail (.eml, .mbox), web archives (.warc, .warc.gz) and ZIP archives of these';
const FORMAT_KINDS = new Set<string>(['pdf', 'docx', 'odt', 'rtf', 'eml', 'mbox', 'warc', 'warc.gz']);
export const isFormatKind = (kind: UploadKind): kind is FormatKind => FORMAT_KINDS.has(kind);
/** Enough of the file to tell its kind; decoding more only costs time. */
const HEAD_BYTES = 4096;

/**
 * Decides what an upload is from its content; the file name only breaks ties between
 * kinds the content allows (a JSON-looking .txt stays text). Binary formats we cannot
 * read get a 415 naming the file; empty files a 400.
 */
export function sniffUpload(bytes: Buffer, fileName: string): SniffResult {
  const name = JSON.stringify(fileName);
  if (bytes.length === 0) return { rejected: true, status: 400, message: `${name} is empty` };

  const format = formatKind(bytes, fileName);
  if (format) return { kind: format };
  const unsupported = binaryLabel(bytes);
  if (unsupported === 'zip') return { kind: 'zip' };
  if (unsupported) {
    return { rejected: true, status: 415, message: `${name} is ${unsupported}, which is not supported; supported types: ${SUPPORTED_TYPES}` };
  }

  const head = headText(bytes.subarray(0, HEAD_BYTES));
  if (head === '' && headText(bytes) === '') {
    return { rejected: true, status: 400, message: `${name} contains only white space` };
  }
  const ext = (fileName.toLowerCase().match(/\.([a-z0-9]+)$/) ?? [])[1] ?? '';

  if (head.startsWith('<')) {
    const markup = markupKind(head);
    if (markup === 'html') return { kind: 'html' };
    if (markup) return { rejected: true, status: 415, message: `${name} is ${markup}, which is not supported; supported types: ${SUPPORTED_TYPES}` };
  }
  if (head.startsWith('{') || head.startsWith('[')) {
    if (ext === 'json') return { kind: 'json' };
    if (ext === 'ndjson' || ext === 'jsonl') return { kind: 'ndjson' };
    if (ext !== 'txt') return { kind: jsonShape(decodeBytes(bytes).text) ?? 'text' };
  }
  if (ext === 'ndjson' || ext === 'jsonl' || ext === 'json') {
    // Named JSON but not JSON-shaped (e.g. a leading comment): let the JSON parser say why.
    return { kind: ext === 'json' ? 'json' : 'ndjson' };
  }
  return { kind: 'text' };
}

/** Documents that @app/formats reads, told by their signature (and e-mail by its header block). */
function formatKind(b: Buffer, fileName: string): FormatKind | null {
  const head = b.subarray(0, 1024).toString('latin1');
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('{\\rtf')) return 'rtf';
  if (head.startsWith('WARC/')) return 'warc';
  if (b.length > 2 && b[0] === 0x1f && b[1] === 0x8b && /\.warc\.gz$/i.test(fileName)) return 'warc.gz';
  if (b.length > 4 && b[0] === 0x50 && b[1] === 0x4b) {
    // Word names its first member [Content_Types].xml, LibreOffice does not: look for the body part.
    if (b.includes('word/document.xml') && b.includes('[Content_Types].xml')) return 'docx';
    if (officeLabel(b) === 'an OpenDocument file' && head.includes('application/vnd.oasis.opendocument.text')) return 'odt';
  }
  if (/^From \S+.*\r?\n[A-Za-z-]+:/.test(head)) return 'mbox';
  if (isMailHeader(head)) return 'eml';
  return null;
}

const MAIL_HEADERS = /^(from|to|cc|subject|date|message-id|mime-version|received|return-path|delivered-to|content-type|reply-to|x-[a-z-]+):/i;

/** An RFC 5322 header block: its first line and most of the first lines are known mail header fields. */
function isMailHeader(head: string): boolean {
  const lines = head.split(/\r?\n/, 12).filter((l) => !/^[ \t]/.test(l));
  if (!MAIL_HEADERS.test(lines[0] ?? '')) return false;
  const known = lines.filter((l) => MAIL_HEADERS.test(l)).length;
  return known >= 3 && /^(from|subject|date|message-id|mime-version|received):/im.test(head);
}

/**
 * The start of the text, for looking at its first characters: the markers we look for
 * are ASCII, so only a BOM (UTF-16 above all) needs real decoding.
 */
function headText(b: Buffer): string {
  const hasBom = b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff) || (b[0] === 0xef && b[1] === 0xbb));
  return (hasBom ? decodeBytes(b).text : b.toString('latin1')).trimStart();
}

/** 'zip', a label of an unsupported binary format, or null when it may be text. */
function binaryLabel(b: Buffer): string | null {
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6)) {
    return officeLabel(b) ?? 'zip';
  }
  if (b.length >= 64 && b[0] === 0x4d && b[1] === 0x5a && b.subarray(2, 64).includes(0)) return 'a Windows executable';
  if (b.length >= 26 && b[0] === 0x42 && b[1] === 0x4d && b.readUInt32LE(6) === 0) return 'a BMP image';
  for (const sig of UNSUPPORTED_SIGNATURES) if (matchesAt(b, sig)) return sig.label;
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) return null; // UTF-16 BOM
  return controlShare(b.subarray(0, HEAD_BYTES)) > 0.1 ? 'binary data' : null;
}

/** OOXML and OpenDocument files are zips too; their first member gives them away. */
function officeLabel(b: Buffer): string | null {
  if (b.length < 30 || b[2] !== 3) return null;
  const nameLen = b.readUInt16LE(26);
  const first = b.subarray(30, 30 + nameLen).toString('latin1');
  if (first === '[Content_Types].xml') return 'an Office Open XML document (docx/xlsx/pptx)';
  if (first === 'mimetype') {
    const mime = b.subarray(30 + nameLen + b.readUInt16LE(28), 30 + nameLen + b.readUInt16LE(28) + 60).toString('latin1');
    return mime.startsWith('application/epub') ? 'an EPUB book' : 'an OpenDocument file';
  }
  return null;
}

/** Share of bytes that never occur in text (NUL and C0 controls other than tab, newlines, FF, ESC). */
function controlShare(b: Buffer): number {
  let bad = 0;
  for (const c of b) if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) bad++;
  return b.length ? bad / b.length : 0;
}

/** 'html' for HTML/XHTML, a label for other markup we do not ingest, null for neither. */
function markupKind(head: string): string | null {
  const lower = head.slice(0, 2048).toLowerCase();
  if (/^<svg[\s>]/.test(lower) || /^<\?xml[^>]*>\s*(<!--[\s\S]*?-->\s*)*<svg[\s>]/.test(lower)) return 'an SVG image';
  if (lower.startsWith('<?xml')) return /<(!doctype\s+html|html)[\s>]/.test(lower) ? 'html' : 'an XML document';
  if (/<(!doctype\s+html|html|head|body|meta|title|div|p|article|section|h[1-6]|table|span|a|br|ul|main)[\s>/]/.test(lower)) return 'html';
  return null;
}

function jsonShape(text: string): 'json' | 'ndjson' | null {
  try {
    JSON.parse(text);
    return 'json';
  } catch {
    const first = text.split('\n').find((l) => l.trim() !== '');
    try {
      return first !== undefined && typeof JSON.parse(first) === 'object' ? 'ndjson' : null;
    } catch {
      return null;
    }
  }
}
