import { isFormatKind, sniffUpload, splitUpload, SUPPORTED_TYPES, FetchError, type RejectedUnit, type UploadUnit, type ZipLimits } from '@app/fetching';
import { mailAttachments } from './eml';
import { FormatError } from './format-error';
import { splitMbox } from './mbox';
import { readDocument } from './read-document';
import { gunzipWarc, htmlResponse, parseWarc } from './warc';

export interface SplitResult {
  units: UploadUnit[];
  /**
   * Status 400 damaged, 413 too large, 415 unsupported, 422 a known format with no
   * usable text; `reason` a stable code for machines (e.g. scanned_pdf_needs_ocr).
   */
  rejected: Array<Omit<RejectedUnit, 'status'> & { status: 400 | 413 | 415 | 422; reason?: string }>;
}

/**
 * splitUpload of @app/fetching (zip members, JSON objects), then the containers this
 * library reads: an e-mail gives its message and each attachment (named
 * "message.eml/attachment.pdf", so the link to the message shows), a mailbox its
 * messages, a WARC each HTML capture. Every unit of a format read here is read once
 * at upload, so a document without usable text (a scanned PDF) is refused now, with
 * its reason, instead of being accepted and failing later.
 */
export async function splitDocuments(bytes: Buffer, name: string, zipLimits: Partial<ZipLimits> = {}): Promise<SplitResult> {
  const first = await splitUpload(bytes, name, zipLimits);
  const out: SplitResult = { units: [], rejected: [...first.rejected] };
  for (const unit of first.units) await expand(unit, out, 0);
  return out;
}

/** Attachments of attachments (a forwarded message) are followed this deep. */
const MAX_DEPTH = 3;

async function expand(unit: UploadUnit, out: SplitResult, depth: number): Promise<void> {
  const sniffed = sniffUpload(unit.bytes, unit.name);
  if (!('kind' in sniffed) || !isFormatKind(sniffed.kind)) {
    out.units.push(unit);
    return;
  }
  try {
    if (sniffed.kind === 'mbox') {
      const messages = splitMbox(unit.bytes);
      for (const [i, message] of messages.entries()) await expand({ name: `${unit.name}#message-${i + 1}`, bytes: message }, out, depth);
      return;
    }
    if (sniffed.kind === 'warc' || sniffed.kind === 'warc.gz') {
      const raw = sniffed.kind === 'warc.gz' ? gunzipWarc(unit.bytes, unit.name) : unit.bytes;
      const pages = parseWarc(raw, unit.name).filter((r) => htmlResponse(r));
      if (pages.length === 0) throw new FormatError('no_text', `${JSON.stringify(unit.name)} holds no HTML capture (status 200, text/html)`, unit.name);
      pages.forEach((r, i) => out.units.push({ name: `${unit.name}#record-${i + 1}`, bytes: Buffer.from(r.raw) }));
      return;
    }
    if (sniffed.kind === 'eml' && depth < MAX_DEPTH) {
      for (const a of await mailAttachments(unit.bytes, unit.name)) {
        await expandAttachment({ name: `${unit.name}/${a.fileName}`, bytes: a.bytes }, out, depth + 1);
      }
      await checkReadable(unit, out, 'has no text body');
      return;
    }
    await checkReadable(unit, out);
  } catch (err) {
    if (!(err instanceof FetchError)) throw err;
    out.rejected.push({ name: unit.name, status: err instanceof FormatError ? err.status : 400, error: err.message, reason: err.code });
  }
}

async function expandAttachment(unit: UploadUnit, out: SplitResult, depth: number): Promise<void> {
  const sniffed = sniffUpload(unit.bytes, unit.name);
  if ('rejected' in sniffed || sniffed.kind === 'zip' || sniffed.kind === 'json' || sniffed.kind === 'ndjson') {
    const reason = 'rejected' in sniffed ? sniffed.message : `${JSON.stringify(unit.name)}: archives and JSON attachments are not read; supported types: ${SUPPORTED_TYPES}`;
    out.rejected.push({ name: unit.name, status: 'rejected' in sniffed ? sniffed.status : 415, error: reason });
    return;
  }
  await expand(unit, out, depth);
}

/** Reads the unit once; it is kept when it gives text, refused with its reason when not. */
async function checkReadable(unit: UploadUnit, out: SplitResult, noText?: string): Promise<void> {
  try {
    await readDocument(unit.bytes, unit.name);
    out.units.push(unit);
  } catch (err) {
    if (!(err instanceof FormatError)) throw err;
    const error = noText && err.code === 'no_text' ? `${JSON.stringify(unit.name)} ${noText}` : err.message;
    out.rejected.push({ name: unit.name, status: err.status, error, reason: err.code });
  }
}
