import { splitDocuments } from '@app/formats';
import type { UploadUnit } from './ingest.service';

/** A file as received: its bytes, or only its size when it was over the limit. */
export interface IncomingFile {
  name: string;
  bytes: Buffer;
  size: number;
  contentType: string | null;
  tooLarge: boolean;
}

/** An incoming file the pipeline refuses, with the HTTP status that says why. */
export interface RejectedFile {
  name: string;
  status: number;
  error: string;
  /** A stable code where there is one, e.g. scanned_pdf_needs_ocr. */
  reason?: string;
}

/**
 * Checks one incoming file (upload or dropped file) and turns it into the
 * documents it holds: a zip gives its members, a JSON list or NDJSON file its
 * objects, an e-mail its message and attachments, a WARC its HTML captures.  Whatever cannot be a document comes back with a status and a reason.
 */
export async function unpackUpload(file: IncomingFile, maxBytes: number): Promise<{ units: UploadUnit[]; rejected: RejectedFile[] }> {
  const { name } = file;
  if (file.tooLarge) {
    return { units: [], rejected: [{ name, status: 413, error: `${name} is ${file.size} bytes; the limit is ${maxBytes} bytes` }] };
  }
  if (file.size === 0) {
    return { units: [], rejected: [{ name, status: 400, error: `${name} is empty` }] };
  }
  const { units, rejected } = await splitDocuments(file.bytes, name);
  // The sender's content type describes the file as a whole, not the units split out of it.
  const whole = units.length === 1 && units[0].name === name;
  return {
    units: units.map((unit) => ({ name: unit.name, bytes: unit.bytes, contentType: whole ? file.contentType : null })),
    rejected,
  };
}
