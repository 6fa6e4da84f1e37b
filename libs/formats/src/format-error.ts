import { FetchError, type FetchErrorCode } from '@app/fetching';

/**
 * A document of a known format that gives no text: refused at upload with 422 and
 * its reason (`scanned_pdf_needs_ocr`, `no_text`), or damaged (`invalid_document`, 400).
 * A FetchError, so the fetcher fails it at once, never retrying.
 */
export class FormatError extends FetchError {
  constructor(code: FetchErrorCode, message: string, subject?: string) {
    super(code, message, subject);
  }

  /** The HTTP status an upload refused for this reason gets. */
  get status(): 400 | 415 | 422 {
    if (this.code === 'unsupported_type') return 415;
    return this.code === 'invalid_document' ? 400 : 422;
  }
}
