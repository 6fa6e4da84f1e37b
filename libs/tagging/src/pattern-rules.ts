/**
 * Hand-written patterns for names the training data leaves untagged but news
 * readers search for.  They only fill tokens the model labelled O.
 */
import type { WordInfo } from './words';

const MINISTRY = /^[وف]?[بل]?وزاره$/;
const DEFINITE = /^ال.{2,}/;
// Feminine nisba adjective after the ministry: "الإيرانية", "الأميركية".
const NISBA = /^ال.{2,}يه$/;

/**
 * Ministries: "وزارة الدفاع الإيرانية", "بوزارة الخارجية" -> ORG.  ANERcorp leaves
 * them untagged, so the model never learns them; news facets want them.
 */
export function applyPatternRules(words: WordInfo[], labels: string[]): string[] {
  for (let i = 0; i + 1 < words.length; i++) {
    if (!MINISTRY.test(words[i].norm) || labels[i] !== 'O' || labels[i + 1] !== 'O' || !DEFINITE.test(words[i + 1].norm)) continue;
    let end = i + 2;
    if (end < words.length && labels[end] === 'O' && NISBA.test(words[end].norm)) end++;
    labels[i] = 'B-ORG';
    for (let k = i + 1; k < end; k++) labels[k] = 'I-ORG';
    i = end - 1;
  }
  return labels;
}
