/**
 * Signatures of formats we do not ingest (yet), so they get a 415 instead of being read
 * as garbage text. `at` is the byte offset of the signature.
 */
export interface MagicNumber {
  label: string;
  at: number;
  bytes: number[] | string;
}

export const UNSUPPORTED_SIGNATURES: MagicNumber[] = [
  { label: 'a PostScript document', at: 0, bytes: '%!PS' },
  { label: 'a PNG image', at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { label: 'a JPEG image', at: 0, bytes: [0xff, 0xd8, 0xff] },
  { label: 'a GIF image', at: 0, bytes: 'GIF87a' },
  { label: 'a GIF image', at: 0, bytes: 'GIF89a' },
  { label: 'a WebP image', at: 8, bytes: 'WEBP' },
  { label: 'a WAV audio file', at: 8, bytes: 'WAVE' },
  { label: 'an AVI video', at: 8, bytes: 'AVI ' },
  { label: 'a TIFF image', at: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { label: 'a TIFF image', at: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { label: 'an icon image', at: 0, bytes: [0x00, 0x00, 0x01, 0x00] },
  { label: 'an MP4/MOV/HEIC media file', at: 4, bytes: 'ftyp' },
  { label: 'an MP3 audio file', at: 0, bytes: 'ID3' },
  { label: 'an Ogg media file', at: 0, bytes: 'OggS' },
  { label: 'a FLAC audio file', at: 0, bytes: 'fLaC' },
  { label: 'a Matroska/WebM video', at: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3] },
  { label: 'an ELF executable', at: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { label: 'a Mach-O executable', at: 0, bytes: [0xfe, 0xed, 0xfa, 0xce] },
  { label: 'a Mach-O executable', at: 0, bytes: [0xfe, 0xed, 0xfa, 0xcf] },
  { label: 'a Mach-O executable', at: 0, bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { label: 'a Mach-O/Java class file', at: 0, bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { label: 'a WebAssembly module', at: 0, bytes: [0x00, 0x61, 0x73, 0x6d] },
  { label: 'a gzip archive', at: 0, bytes: [0x1f, 0x8b] },
  { label: 'a bzip2 archive', at: 0, bytes: 'BZh' },
  { label: 'an xz archive', at: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { label: 'a 7-Zip archive', at: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { label: 'a RAR archive', at: 0, bytes: 'Rar!\x1a\x07' },
  { label: 'a zstd archive', at: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { label: 'a tar archive', at: 257, bytes: 'ustar' },
  { label: 'a legacy Microsoft Office document (.doc/.xls/.ppt); save it as .docx or PDF', at: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { label: 'an SQLite database', at: 0, bytes: 'SQLite format 3\0' },
];

export function matchesAt(b: Buffer, sig: MagicNumber): boolean {
  const want = typeof sig.bytes === 'string' ? Buffer.from(sig.bytes, 'latin1') : Buffer.from(sig.bytes);
  return b.length >= sig.at + want.length && b.subarray(sig.at, sig.at + want.length).equals(want);
}
