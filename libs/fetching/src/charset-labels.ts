import * as iconv from 'iconv-lite';

/**
 * Maps a declared charset label (HTTP header, <meta>) to a name iconv-lite knows, or null.
 * Follows the WHATWG Encoding Standard where browsers deliberately differ from the label:
 * latin1/ascii labels mean windows-1252, and the ISO-8859-6 aliases are folded together.
 */
const ALIASES: Record<string, string> = {
  utf8: 'UTF-8',
  'utf-8': 'UTF-8',
  'unicode-1-1-utf-8': 'UTF-8',
  'utf-16': 'UTF-16LE',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'windows-1256': 'windows-1256',
  cp1256: 'windows-1256',
  'x-cp1256': 'windows-1256',
  'iso-8859-6': 'ISO-8859-6',
  'iso8859-6': 'ISO-8859-6',
  'iso_8859-6': 'ISO-8859-6',
  'iso_8859-6:1987': 'ISO-8859-6',
  'iso-ir-127': 'ISO-8859-6',
  'asmo-708': 'ISO-8859-6',
  'ecma-114': 'ISO-8859-6',
  arabic: 'ISO-8859-6',
  'csisolatinarabic': 'ISO-8859-6',
  'iso-8859-6-i': 'ISO-8859-6',
  'iso-8859-6-e': 'ISO-8859-6',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'windows-1252': 'windows-1252',
};

export function canonicalCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const key = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!key) return null;
  if (ALIASES[key]) return ALIASES[key];
  return iconv.encodingExists(key) ? key : null;
}

export const isUtf16 = (enc: string): boolean => enc === 'UTF-16LE' || enc === 'UTF-16BE';
