/** Counts well-formed multi-byte UTF-8 sequences and ill-formed ones (RFC 3629 rules). */
export interface Utf8Scan {
  ascii: boolean;
  multibyte: number;
  invalid: number;
}

export function scanUtf8(b: Uint8Array): Utf8Scan {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0; // overlong
      if (c === 0xed) hi = 0x9f; // surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f; // above U+10FFFF
    } else {
      invalid++;
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need && i + j < n; j++) {
      const d = b[i + j];
      const min = j === 1 ? lo : 0x80;
      const max = j === 1 ? hi : 0xbf;
      if (d < min || d > max) break;
    }
    if (j === need + 1) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      i += Math.max(1, j);
    }
  }
  return { ascii: multibyte === 0 && invalid === 0, multibyte, invalid };
}
