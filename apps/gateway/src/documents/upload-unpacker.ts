import type { UploadedDocumentFile } from './upload-storage';
import type { UploadUnit } from './ingest.service';

/** An uploaded file the gateway refuses, with the HTTP status that says why. */
export interface RejectedFile {
  name: string;
  status: number;
  error: string;
}

/**
 * Checks one uploaded file and turns it into the documents it holds.
 * Size and emptiness are checked here; format sniffing and archives come from @app/fetching.
 */
export async function unpackUpload(file: UploadedDocumentFile, maxBytes: number): Promise<{ units: UploadUnit[]; rejected: RejectedFile[] }> {
  const name = file.originalname;
  if (file.tooLarge) {
    return { units: [], rejected: [{ name, status: 413, error: `${name} is ${file.size} bytes; the limit is ${maxBytes} bytes` }] };
  }
  if (file.size === 0) {
    return { units: [], rejected: [{ name, status: 400, error: `${name} is empty` }] };
  }
  return { units: [{ name, bytes: file.buffer, contentType: file.mimetype || null }], rejected: [] };
}
