import { gunzipSync } from 'node:zlib';
import { toFetchedDocument } from '@app/fetching';
import type { FetchedDocument } from '@app/contracts';
import { FormatError } from './format-error';

/*
 * WARC (ISO 28500), hand-written: a record is a header block and Content-Length bytes,
 * simple enough that the npm readers (few users, streams only) add nothing here.
 */

export interface WarcRecord {
  headers: Record<string, string>;
  /** The record's block (for a response: the HTTP response, headers and body). */
  block: Buffer;
  /** The record as it stands in the file, so it can travel alone as a one-record WARC. */
  raw: Buffer;
}

/** Most bytes a .warc.gz may inflate to (a gzip bomb is refused, not read). */
export const MAX_WARC_BYTES = 200 * 1024 * 1024;

export function gunzipWarc(bytes: Buffer, name: string): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_WARC_BYTES });
  } catch (err) {
    throw new FormatError('invalid_document', `${JSON.stringify(name)} is not a readable .warc.gz (or inflates past ${MAX_WARC_BYTES} bytes): ${(err as Error).message}`, name);
  }
}

export function parseWarc(bytes: Buffer, name: string): WarcRecord[] {
  const records: WarcRecord[] = [];
  let pos = 0;
  while (pos < bytes.length) {
    while (pos < bytes.length && (bytes[pos] === 0x0d || bytes[pos] === 0x0a)) pos++;
    if (pos >= bytes.length) break;
    const headEnd = bytes.indexOf('\r\n\r\n', pos);
    if (!bytes.subarray(pos, pos + 5).equals(Buffer.from('WARC/')) || headEnd < 0) {
      throw new FormatError('invalid_document', `${JSON.stringify(name)} is not a readable WARC: no record header at byte ${pos}`, name);
    }
    const headers: Record<string, string> = {};
    for (const line of bytes.subarray(pos, headEnd).toString('utf8').split('\r\n').slice(1)) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const length = Number(headers['content-length']);
    const start = headEnd + 4;
    if (!Number.isFinite(length) || length < 0 || start + length > bytes.length) {
      throw new FormatError('invalid_document', `${JSON.stringify(name)}: a WARC record's Content-Length runs past the end of the file`, name);
    }
    records.push({ headers, block: bytes.subarray(start, start + length), raw: bytes.subarray(pos, start + length) });
    pos = start + length;
  }
  return records;
}

/** An HTTP response record whose body is an HTML page with status 200: what becomes a document. */
export function htmlResponse(record: WarcRecord): { status: number; contentType: string; body: Buffer } | null {
  if (record.headers['warc-type'] !== 'response' || !/application\/http/i.test(record.headers['content-type'] ?? '')) return null;
  const headEnd = record.block.indexOf('\r\n\r\n');
  if (headEnd < 0) return null;
  const head = record.block.subarray(0, headEnd).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/\S+\s+(\d{3})/.exec(head[0])?.[1]);
  const contentType = head.find((l) => /^content-type:/i.test(l))?.replace(/^content-type:\s*/i, '') ?? '';
  if (status !== 200 || !/text\/html|application\/xhtml/i.test(contentType)) return null;
  return { status, contentType, body: record.block.subarray(headEnd + 4) };
}

/**
 * A WARC holding one HTML capture (a unit split out at upload): the page through the
 * HTML path, its target URI as canonical URL when the page names none, its capture
 * date as publication time when the page states none.
 */
export function readWarc(bytes: Buffer, name: string, gzipped: boolean): FetchedDocument {
  const records = parseWarc(gzipped ? gunzipWarc(bytes, name) : bytes, name);
  const pages = records.filter((r) => htmlResponse(r));
  if (pages.length !== 1) {
    throw new FormatError(pages.length === 0 ? 'no_text' : 'invalid_document',
      pages.length === 0 ? `${JSON.stringify(name)} holds no HTML capture` : `${JSON.stringify(name)} holds ${pages.length} captures; split it with splitDocuments first`, name);
  }
  const record = pages[0];
  const http = htmlResponse(record)!;
  const charset = /charset=["']?([\w-]+)/i.exec(http.contentType)?.[1];
  const uri = record.headers['warc-target-uri'];
  const doc = toFetchedDocument(http.body, uri ?? name, { declaredCharset: charset, contentType: http.contentType });
  const meta = { ...doc.meta };
  if (uri && !meta.canonicalUrl) meta.canonicalUrl = uri;
  const date = record.headers['warc-date'];
  if (date && !meta.publishedTime) meta.publishedTime = date;
  return { ...doc, format: 'warc', meta };
}
