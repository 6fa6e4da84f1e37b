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
}

/**
 * Checks one incoming file (upload or dropped file) and turns it into the
 * documents it holds.  Size and emptiness are checked here; format sniffing and
 * archives come from @app/fetching.
 */
export async function unpackUpload(file: IncomingFile, maxBytes: number): Promise<{ units: UploadUnit[]; rejected: RejectedFile[] }> {
  const { name } = file;
  if (file.tooLarge) {
    return { units: [], rejected: [{ name, status: 413, error: `${name} is ${file.size} bytes; the limit is ${maxBytes} bytes` }] };
  }
  if (file.size === 0) {
    return { units: [], rejected: [{ name, status: 400, error: `${name} is empty` }] };
  }
  return { units: [{ name, bytes: file.bytes, contentType: file.contentType }], rejected: [] };
}
