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
  | `http_${number}`;

export class FetchUrlError extends Error {
  override readonly name = 'FetchUrlError';
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    readonly url: string,
  ) {
    super(message);
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
