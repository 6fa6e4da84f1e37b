import * as chardet from 'chardet';
import * as iconv from 'iconv-lite';
import { canonicalCharset, isUtf16 } from './charset-labels';
import { scoreDecoding } from './charset-score';
import { scanUtf8 } from './utf8-scan';

export interface DecodedText {
  text: string;
  /** The charset the text was decoded from, e.g. "UTF-8", "windows-1256", "ISO-8859-6". */
  encoding: string;
  /** True when invalid byte sequences were replaced with U+FFFD. */
  decodingErrors: boolean;
}

/** Single-byte charsets always tried for non-UTF-8 bytes: the two common on Arabic sites. */
const ARABIC_SINGLE_BYTE = ['windows-1256', 'ISO-8859-6'];
/** chardet guesses below this confidence are noise on short texts. */
const MIN_CHARDET_CONFIDENCE = 10;
/** Mostly-valid UTF-8 with a few broken sequences is damaged UTF-8, not another charset. */
const UTF8_VALID_PER_INVALID = 3;

/**
 * Decodes bytes to text: a BOM wins; then valid (or mostly valid) UTF-8; otherwise the
 * most plausible single-byte charset among the declared one, chardet's guesses and the
 * Arabic charsets. A declared charset is only a hint, so a page that says utf-8 but is
 * windows-1256 is still read right. Never throws on bad bytes: they become U+FFFD.
 */
export function decodeBytes(bytes: Buffer, declaredCharset?: string): DecodedText {
  const bom = bomCharset(bytes);
  if (bom) return decodeAs(bytes, bom);

  const declared = canonicalCharset(declaredCharset);
  if (declared && isUtf16(declared) && bytes.length % 2 === 0 && looksUtf16(bytes, declared)) {
    return decodeAs(bytes, declared);
  }
  const utf8 = scanUtf8(bytes);
  if (utf8.ascii) return { text: bytes.toString('latin1'), encoding: asciiCompatible(declared) ?? 'UTF-8', decodingErrors: false };
  if (utf8.invalid === 0 || utf8.multibyte >= UTF8_VALID_PER_INVALID * utf8.invalid) {
    return { text: iconv.decode(bytes, 'utf8'), encoding: 'UTF-8', decodingErrors: utf8.invalid > 0 };
  }
  return bestSingleByte(bytes, declared);
}

function bomCharset(b: Buffer): string | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'UTF-8';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'UTF-16LE';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'UTF-16BE';
  return null;
}

/** A declared UTF-16 without BOM is believed only when the bytes have its zero-byte pattern. */
function looksUtf16(b: Buffer, enc: string): boolean {
  const zeroAt = enc === 'UTF-16LE' ? 1 : 0;
  let zeros = 0;
  const n = Math.min(b.length, 512);
  for (let i = zeroAt; i < n; i += 2) if (b[i] === 0) zeros++;
  return zeros * 4 >= n / 2;
}

function asciiCompatible(enc: string | null): string | null {
  return enc && !isUtf16(enc) ? enc : null;
}

function decodeAs(bytes: Buffer, enc: string): DecodedText {
  if (enc === 'UTF-8') {
    const body = bytes.subarray(3);
    return { text: iconv.decode(body, 'utf8'), encoding: 'UTF-8', decodingErrors: scanUtf8(body).invalid > 0 };
  }
  // UTF-16: an odd trailing byte or unpaired surrogates are the possible errors.
  const body = bytes.subarray(bytes[0] === 0xff || bytes[0] === 0xfe ? 2 : 0);
  const odd = body.length % 2 === 1;
  const raw = iconv.decode(odd ? body.subarray(0, body.length - 1) : body, enc, { stripBOM: false });
  const fixed = raw.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  return { text: odd ? fixed + '\ufffd' : fixed, encoding: enc, decodingErrors: odd || fixed !== raw };
}

function bestSingleByte(bytes: Buffer, declared: string | null): DecodedText {
  const candidates: string[] = [];
  const add = (enc: string | null) => {
    if (enc && enc !== 'UTF-8' && !isUtf16(enc) && !candidates.includes(enc) && iconv.encodingExists(enc)) candidates.push(enc);
  };
  add(declared);
  for (const guess of chardet.analyse(bytes)) {
    if (guess.confidence >= MIN_CHARDET_CONFIDENCE) add(canonicalCharset(guess.name));
  }
  ARABIC_SINGLE_BYTE.forEach(add);

  let best: { text: string; enc: string; score: number } | null = null;
  for (const enc of candidates) {
    const text = iconv.decode(bytes, enc);
    const { score } = scoreDecoding(text);
    // Strictly greater: on a tie the earlier candidate (declared, then chardet's order) stays.
    if (!best || score > best.score) best = { text, enc, score };
  }
  const chosen = best!;
  return { text: chosen.text, encoding: chosen.enc, decodingErrors: chosen.text.includes('\ufffd') };
}
