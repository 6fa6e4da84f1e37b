import { decodeBytes } from './decode';
import { matchesAt, UNSUPPORTED_SIGNATURES } from './magic-numbers';

export type UploadKind = 'text' | 'html' | 'json' | 'ndjson' | 'zip';
export type SniffResult = { kind: UploadKind } | { rejected: true; status: 400 | 415; message: string };

export const SUPPORTED_TYPES = 'plain text (.txt), HTML (.html, .htm), JSON (.json), NDJSON (.ndjson) and ZIP archives of these';
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
