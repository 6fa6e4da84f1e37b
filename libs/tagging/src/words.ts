/** Per-word analysis shared by training and tagging, cached by surface form. */
import { normalizeArabic } from '@app/arabic';
import { stemWord } from './clitics';
import { isWordToken } from './tokenize';

export interface WordInfo {
  raw: string;
  /** Normalised form ("وبسورية" -> "وبسوريه"). */
  norm: string;
  /** Proclitics and article removed ("سوريه"). */
  stem: string;
  isWord: boolean;
}

const MAX_CACHE = 200_000;
const cache = new Map<string, WordInfo>();

export function wordInfo(raw: string): WordInfo {
  let info = cache.get(raw);
  if (info) return info;
  const norm = normalizeArabic(raw) || raw;
  info = { raw, norm, stem: stemWord(norm), isWord: isWordToken(raw) };
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(raw, info);
  return info;
}
