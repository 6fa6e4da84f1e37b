import type { Request } from 'express';
import type { StorageEngine } from 'multer';

/** An uploaded file held in memory, cut off at the size limit. */
export interface UploadedDocumentFile extends Express.Multer.File {
  /** True when the file was larger than the limit; `buffer` then holds nothing useful. */
  tooLarge: boolean;
}

/**
 * Multer storage that keeps each file in memory up to `maxBytes` and, past that,
 * drains the rest without keeping it.  Multer's own fileSize limit aborts the
 * whole request, which would sink every other file of a batch with one big one.
 */
export function boundedMemoryStorage(maxBytes: number): StorageEngine {
  return {
    _handleFile(_req: Request, file: Express.Multer.File, callback: (error?: unknown, info?: Partial<UploadedDocumentFile>) => void) {
      const chunks: Buffer[] = [];
      let size = 0;
      file.stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= maxBytes) chunks.push(chunk);
      });
      file.stream.on('error', (err) => callback(err));
      file.stream.on('end', () => {
        const tooLarge = size > maxBytes;
        callback(null, { buffer: tooLarge ? Buffer.alloc(0) : Buffer.concat(chunks), size, tooLarge });
      });
    },
    _removeFile(_req: Request, _file: Express.Multer.File, callback: (error: Error | null) => void) {
      callback(null);
    },
  };
}
