import { createHash } from 'node:crypto';

export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * A document's id is derived from its bytes, so the same file uploaded twice (under
 * any name) is one document.  128 bits of SHA-256 are plenty and keep URLs short.
 */
export function documentIdForContent(bytes: Buffer): string {
  return sha256Hex(bytes).slice(0, 32);
}

/** A URL's document id is derived from the URL: its content is not known when it is accepted. */
export function documentIdForUrl(url: string): string {
  return sha256Hex(`url\n${url}`).slice(0, 32);
}
