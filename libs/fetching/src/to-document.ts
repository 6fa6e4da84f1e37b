import type { FetchedDocument, FetchedMeta, TextBlock } from '@app/contracts';
import { decodeBytes } from './decode';
import { FetchError, ZipRejectedError } from './errors';
import { htmlDeclaredCharset } from './html-charset';
import { extractHtml } from './html-extract';
import { parseJsonDocuments, type JsonDocument } from './json-documents';
import { isFormatKind, sniffUpload, SUPPORTED_TYPES, type UploadKind } from './sniff';
import { expandZip, type ZipLimits } from './zip';

export interface ToDocumentOptions {
  /** charset parameter of the HTTP Content-Type; beats a <meta> but not a BOM. */
  declaredCharset?: string;
  /** Content-Type of a fetched URL or an upload; only a tiebreak, content decides. */
  contentType?: string | null;
}

/** One document's worth of bytes: a plain file, a zip member, or one object of a JSON list. */
export interface UploadUnit {
  name: string;
  bytes: Buffer;
}

export interface RejectedUnit {
  name: string;
  status: 400 | 413 | 415;
  error: string;
}

/**
 * Turns the bytes of one document (a unit from splitUpload, or a fetched URL body) into
 * decoded text blocks with metadata. Throws a FetchError (never retryable) when the
 * bytes are not a document we read: empty, binary, an archive, or JSON without a body.
 */
export function toFetchedDocument(bytes: Buffer, name: string, options: ToDocumentOptions = {}): FetchedDocument {
  const kind = sniffOrThrow(bytes, name, options.contentType);
  if (kind === 'zip') throw new FetchError('unsupported_type', `${JSON.stringify(name)} is a zip archive; archives are expanded at upload, not fetched as one document`, name);
  if (isFormatKind(kind)) throw new FetchError('unsupported_type', `${JSON.stringify(name)} is ${kind}; readDocument of @app/formats reads it`, name);
  if (kind === 'html') {
    const decoded = decodeBytes(bytes, options.declaredCharset ?? htmlDeclaredCharset(bytes));
    const { blocks, meta, extraction } = extractHtml(decoded.text);
    return { format: 'html', blocks, meta, extraction, encoding: decoded.encoding, decodingErrors: decoded.decodingErrors };
  }
  const decoded = decodeBytes(bytes, options.declaredCharset);
  if (kind === 'text') {
    return { format: 'text', blocks: textBlocks(decoded.text), meta: {}, encoding: decoded.encoding, decodingErrors: decoded.decodingErrors };
  }
  const parsed = parseJsonDocuments(decoded.text, kind);
  if (parsed.documents.length !== 1) {
    const why = parsed.documents.length === 0
      ? parsed.errors.map((e) => `${e.position}: ${e.reason}`).join('; ')
      : `it holds ${parsed.documents.length} documents; split it with splitUpload first`;
    throw new FetchError('invalid_document', `${JSON.stringify(name)} is not one JSON document: ${why}`, name);
  }
  return jsonToFetched(parsed.documents[0], decoded.encoding, decoded.decodingErrors);
}

/**
 * Splits one upload into the units that become documents: a zip into its members, a
 * JSON list or NDJSON file into its objects. What cannot be a document is returned with
 * an HTTP status and a reason (415 unsupported type, 400 empty or invalid, 413 zip bomb);
 * it never sinks the other units.
 */
export async function splitUpload(bytes: Buffer, name: string, zipLimits: Partial<ZipLimits> = {}): Promise<{ units: UploadUnit[]; rejected: RejectedUnit[] }> {
  const out = { units: [] as UploadUnit[], rejected: [] as RejectedUnit[] };
  const sniffed = sniffUpload(bytes, name);
  if ('rejected' in sniffed) {
    out.rejected.push({ name, status: sniffed.status, error: sniffed.message });
    return out;
  }
  if (sniffed.kind !== 'zip') {
    splitFile(bytes, name, sniffed.kind, out);
    return out;
  }
  let members;
  try {
    members = await expandZip(bytes, zipLimits);
  } catch (err) {
    if (!(err instanceof ZipRejectedError)) throw err;
    const status = err.code === 'unsafe_path' || err.code === 'corrupt_zip' ? 400 : 413;
    out.rejected.push({ name, status, error: `${JSON.stringify(name)} was rejected: ${err.message}` });
    return out;
  }
  for (const m of members) {
    const memberName = `${name}/${m.path}`;
    if ('error' in m) {
      out.rejected.push({ name: memberName, status: 415, error: `${JSON.stringify(memberName)}: ${m.error}; supported types: ${SUPPORTED_TYPES}` });
      continue;
    }
    const kind = sniffUpload(m.bytes, m.path);
    if ('rejected' in kind) out.rejected.push({ name: memberName, status: kind.status, error: kind.message.replace(JSON.stringify(m.path), JSON.stringify(memberName)) });
    else if (kind.kind === 'zip') out.rejected.push({ name: memberName, status: 415, error: `${JSON.stringify(memberName)}: nested archives are not supported` });
    else splitFile(m.bytes, memberName, kind.kind, out);
  }
  return out;
}

/** splitUpload then toFetchedDocument on every unit: everything one upload holds. */
export async function toFetchedDocuments(
  bytes: Buffer,
  name: string,
  zipLimits: Partial<ZipLimits> = {},
): Promise<{ documents: Array<{ name: string; document: FetchedDocument }>; rejected: RejectedUnit[] }> {
  const { units, rejected } = await splitUpload(bytes, name, zipLimits);
  const documents: Array<{ name: string; document: FetchedDocument }> = [];
  for (const u of units) {
    try {
      documents.push({ name: u.name, document: toFetchedDocument(u.bytes, u.name) });
    } catch (err) {
      if (!(err instanceof FetchError)) throw err;
      rejected.push({ name: u.name, status: err.code === 'unsupported_type' ? 415 : 400, error: err.message });
    }
  }
  return { documents, rejected };
}

function splitFile(bytes: Buffer, name: string, kind: Exclude<UploadKind, 'zip'>, out: { units: UploadUnit[]; rejected: RejectedUnit[] }): void {
  // Formats are checked and fanned out (e-mail attachments, WARC records) by @app/formats.
  if (kind === 'text' || kind === 'html' || isFormatKind(kind)) {
    out.units.push({ name, bytes });
    return;
  }
  const decoded = decodeBytes(bytes);
  const parsed = parseJsonDocuments(decoded.text, kind);
  for (const e of parsed.errors) out.rejected.push({ name: `${name}#${e.position.replace(' ', '-')}`, status: 400, error: `${JSON.stringify(name)} ${e.position}: ${e.reason}` });
  if (parsed.documents.length === 1 && parsed.errors.length === 0 && kind === 'json') {
    out.units.push({ name, bytes });
    return;
  }
  // Each object travels alone, re-serialised as UTF-8 JSON in the shape parseJsonDocuments reads.
  for (const d of parsed.documents) {
    const { position, paragraphs, ...fields } = d;
    out.units.push({ name: `${name}#${position.replace(' ', '-')}`, bytes: Buffer.from(JSON.stringify({ ...fields, body: paragraphs }), 'utf8') });
  }
}

function sniffOrThrow(bytes: Buffer, name: string, contentType?: string | null): UploadKind {
  const sniffed = sniffUpload(bytes, hintName(name, contentType));
  if ('rejected' in sniffed) {
    throw new FetchError(sniffed.status === 400 ? 'empty' : 'unsupported_type', sniffed.message.replace(JSON.stringify(hintName(name, contentType)), JSON.stringify(name)), name);
  }
  return sniffed.kind;
}

/** The name sniffing sees: a URL's path, with an extension from the Content-Type when it has none. */
function hintName(name: string, contentType?: string | null): string {
  let base = name;
  if (/^https?:\/\//i.test(name)) {
    try {
      base = new URL(name).pathname;
    } catch {
      /* keep the raw name */
    }
  }
  if (/\.[a-z0-9]+$/i.test(base) || !contentType) return base;
  const type = contentType.toLowerCase();
  if (type.includes('ndjson') || type.includes('jsonl')) return `${base}.ndjson`;
  if (type.includes('json')) return `${base}.json`;
  if (type.startsWith('text/plain')) return `${base}.txt`;
  return base;
}

/** One block per non-empty line, as a scraped text file is laid out. */
function textBlocks(text: string): TextBlock[] {
  return text
    .replace(/^\ufeff/, '')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((text) => ({ text }));
}

function jsonToFetched(d: JsonDocument, encoding: string, decodingErrors: boolean): FetchedDocument {
  const meta: FetchedMeta = {};
  if (d.title) meta.title = d.title;
  if (d.author) meta.author = d.author;
  if (d.publishedAt) meta.publishedTime = d.publishedAt;
  if (d.site) meta.siteName = d.site;
  if (d.url) meta.canonicalUrl = d.url;
  return { format: 'json', blocks: d.paragraphs.map((text) => ({ text })), meta, encoding, decodingErrors };
}
