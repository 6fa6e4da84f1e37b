/** Nationality adjectives: a definite nisba made from a listed place name. */
import type { Gazetteer } from './gazetteer';

// Definite nisba: article, base of two letters or more, ي (masculine) or يه (feminine, normalised).
const NISBA = /^ال(.{2,}?)(يه|ي)$/;

/**
 * True for "الإيرانية" (إيران), "الأمريكي" (أمريكا), "السورية" (سوريا), "العراقي" (العراق):
 * the adjective names a place of the gazetteer.
 */
export function isDemonym(norm: string, gaz: Gazetteer): boolean {
  const m = NISBA.exec(norm);
  if (!m) return false;
  const base = m[1];
  return [base, base + 'ا', base + 'يا', 'ال' + base].some((key) => gaz.lookup(key, 'LOC') !== undefined);
}
