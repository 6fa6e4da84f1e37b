import * as chardet from 'chardet';
import * as iconv from 'iconv-lite';
import { canonicalCharset, isUtf16 } from './charset-labels';
import { scoreDecoding, type DecodingScore } from './charset-score';
import { scanUtf8 } from './utf8-scan';

export interface DecodedText {
  text: string;
  /** The charset the text was decoded from, e.g. "UTF-8", "windows-1256", "ISO-8859-6". */
  encoding: string;
  /** True when invalid byte sequences were replaced with U+FFFD. */
  decodingErrors: boolean;
}

/** Enough non-ASCII text to judge a charset; chardet and the scoring cost time per byte. */
const SAMPLE_BYTES = 16 * 1024;
/** Single-byte charsets always tried for non-UTF-8 bytes: the two common on Arabic sites. */
const ARABIC_SINGLE_BYTE = ['windows-1256', 'ISO-8859-6'];
/** Share of high bytes that must decode to Arabic letters for a reading to count as clean Arabic. */
const CLEAN_ARABIC_SHARE = 0.6;
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
  // Candidates are judged on the lines that carry non-ASCII bytes; only the winner decodes all.
  const sample = nonAsciiSample(bytes);
  const tried = new Set<string>();
  let best: { enc: string; score: DecodingScore } | null = null;
  const tryAll = (encodings: (string | null)[]) => {
    for (const enc of encodings) {
      if (!enc || enc === 'UTF-8' || isUtf16(enc) || tried.has(enc) || !iconv.encodingExists(enc)) continue;
      tried.add(enc);
      const score = scoreDecoding(iconv.decode(sample, enc));
      // Strictly greater: on a tie the earlier candidate (declared, then chardet's order) stays.
      if (!best || score.score > best.score.score) best = { enc, score };
    }
  };
  tryAll([declared, ...ARABIC_SINGLE_BYTE]);
  // chardet has a fixed cost of several ms; ask it only when no Arabic reading is clean,
  // and then let its ranking (after the declared charset) break ties.
  if (!isCleanArabic(best!, sample)) {
    const guesses = chardet.analyse(sample).filter((g) => g.confidence >= MIN_CHARDET_CONFIDENCE);
    tried.clear();
    best = null;
    tryAll([declared, ...guesses.map((g) => canonicalCharset(g.name)), ...ARABIC_SINGLE_BYTE]);
  }
  const enc = (best! as { enc: string }).enc;
  const text = iconv.decode(bytes, enc);
  return { text, encoding: enc, decodingErrors: text.includes('\ufffd') };
}

/** Most high bytes became Arabic letters, with hardly any mixed-script words or bad characters. */
function isCleanArabic(c: { score: DecodingScore }, bytes: Buffer): boolean {
  let high = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) high++;
  const { arabicLetters, mixedScriptWords, badChars } = c.score;
  return arabicLetters >= CLEAN_ARABIC_SHARE * high && (mixedScriptWords + badChars) * 100 <= arabicLetters;
}

/**
 * Lines holding non-ASCII bytes, up to SAMPLE_BYTES: a page's ASCII markup and
 * scripts tell chardet nothing but cost most of its time.
 */
function nonAsciiSample(b: Buffer): Buffer {
  if (b.length <= SAMPLE_BYTES) return b;
  const parts: Buffer[] = [];
  let size = 0;
  let start = 0;
  while (start < b.length && size < SAMPLE_BYTES) {
    let end = b.indexOf(0x0a, start);
    if (end < 0) end = b.length;
    const line = b.subarray(start, Math.min(end + 1, start + SAMPLE_BYTES - size));
    if (line.some((c) => c >= 0x80)) {
      parts.push(line);
      size += line.length;
    }
    start = end + 1;
  }
  return Buffer.concat(parts);
}
