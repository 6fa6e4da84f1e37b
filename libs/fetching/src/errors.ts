/** Typed failures of the fetching library: a stable `code` for machines, a sentence for people. */

export type FetchErrorCode =
  | 'invalid_url'
  | 'unsupported_protocol'
  | 'unreachable'
  | 'dns_failed'
  | 'private_address'
  | 'redirect_to_private_address'
  | 'too_many_redirects'
  | 'bad_redirect'
  | 'too_large'
  | 'timeout'
  | 'unsupported_type'
  | 'empty'
  | 'invalid_document'
  | 'robots_disallowed'
  | 'no_text'
  | 'scanned_pdf_needs_ocr'
  | `http_${number}`;

/** Failures worth another attempt: the network or the server may do better later. */
const RETRYABLE = new Set<string>(['unreachable', 'timeout', 'http_408', 'http_425', 'http_429']);

export class FetchError extends Error {
  override readonly name = 'FetchError';
  readonly retryable: boolean;
  /** How long the server asked us to wait (Retry-After), when it did. */
  retryAfterMs?: number;
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    /** The URL or file name the failure is about. */
    readonly subject?: string,
  ) {
    super(message);
    this.retryable = RETRYABLE.has(code) || /^http_5\d\d$/.test(code);
  }
}

export type ZipRejectCode = 'zip_bomb_size' | 'zip_bomb_ratio' | 'too_many_entries' | 'unsafe_path' | 'corrupt_zip';

/** The whole archive is refused: none of its members may be ingested. */
export class ZipRejectedError extends Error {
  override readonly name = 'ZipRejectedError';
  constructor(
    readonly code: ZipRejectCode,
    message: string,
  ) {
    super(message);
  }
}
