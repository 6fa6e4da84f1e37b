import { searchTokenList } from '@app/arabic';

/**
 * MinHash fingerprints of a document's normalised words, for finding copies and light
 * rewrites of the same text (an agency story run by several sites). Written here because
 * it is thirty lines over the project's own Arabic normalisation, which no MinHash
 * package on npm would apply.
 */

/** Words per shingle: three keeps a reworded sentence from matching by its common words. */
const SHINGLE_WORDS = 3;
/** Hash functions per signature; BANDS × ROWS of them are cut into LSH bands. */
export const SIGNATURE_SIZE = 128;
/**
 * 32 bands of 4 rows: two texts share a band with probability 1 - (1 - J^4)^32, so
 * J = 0.5 is found 87% of the time and J = 0.3 only 23%: candidates, then verified.
 */
export const BANDS = 32;
const ROWS = SIGNATURE_SIZE / BANDS;

export interface Fingerprint {
  /** One minimum per hash function (SIGNATURE_SIZE unsigned 32-bit values). */
  signature: Uint32Array;
  /** "<band>-<hash>" keys: documents sharing one are near-duplicate candidates. */
  bands: string[];
  /** Number of shingles the signature was taken over (0: too short to compare). */
  shingles: number;
}

/** FNV-1a over a string's UTF-16 units. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: spreads the bits of a combined hash. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The hash family h_i(x) = a_i·x + b_i mod 2^32 over already mixed shingle hashes (odd a_i):
 * fixed constants, so signatures are stable across runs and processes.
 */
const MULTIPLIERS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 + i * 0x7f4a7c15) | 1);
const OFFSETS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x85ebca6b + i * 0x165667b1));

/** Distinct hashes of the word shingles of `text` (normalised, unstemmed words). */
export function shingleHashes(text: string): Uint32Array {
  const words = searchTokenList(text, { stem: false }).map(fnv1a);
  if (words.length < SHINGLE_WORDS) return Uint32Array.from(words.length ? [mix(words.reduce((a, b) => a ^ b, 0))] : []);
  const set = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    set.add(mix(Math.imul(words[i], 31) ^ Math.imul(words[i + 1], 17) ^ words[i + 2]));
  }
  return Uint32Array.from(set);
}

export function fingerprint(text: string): Fingerprint {
  const hashes = shingleHashes(text);
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    const a = MULTIPLIERS[i];
    const b = OFFSETS[i];
    let min = 0xffffffff;
    for (let j = 0; j < hashes.length; j++) {
      const h = (Math.imul(hashes[j], a) + b) >>> 0;
      if (h < min) min = h;
    }
    signature[i] = min;
  }
  return { signature, bands: hashes.length ? bandKeys(signature) : [], shingles: hashes.length };
}

function bandKeys(signature: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = mix(h ^ signature[b * ROWS + r]);
    keys.push(`${b}-${h.toString(36)}`);
  }
  return keys;
}

/** The share of equal minima: an unbiased estimate of the shingle sets' Jaccard similarity. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** Compact text form of a signature for storage beside the document (base64 of its bytes). */
export function encodeSignature(signature: Uint32Array): string {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength).toString('base64');
}

export function decodeSignature(encoded: string): Uint32Array {
  const bytes = Buffer.from(encoded, 'base64');
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return new Uint32Array(copy.buffer, 0, Math.floor(copy.length / 4));
}
