/**
 * Hand-written patterns for names the training data leaves untagged but news
 * readers search for.  They only fill tokens the model labelled O.
 */
import type { WordInfo } from './words';

const MINISTRY = /^[وف]?[بل]?وزاره$/;
const DEFINITE = /^ال.{2,}/;
// Feminine nisba adjective after the ministry: "الإيرانية", "الأميركية".
const NISBA = /^ال.{2,}يه$/;

// Media heads followed by a quoted name: "موقع “عصر بهبهان”", "صحيفة «الحياة»".
const MEDIA_HEADS = new Set(['موقع', 'وكاله', 'صحيفه', 'جريده', 'مجله', 'قناه', 'اذاعه', 'شبكه', 'تلفزيون', 'محطه']);
const OPEN_QUOTES = new Set(['"', '“', '«', "'", '‘', '„', '《']);
const CLOSE_QUOTES = new Set(['"', '”', '»', "'", '’', '“', '》']);

function mediaHead(w: WordInfo): boolean {
  if (MEDIA_HEADS.has(w.norm)) return true;
  return 'وفبل'.includes(w.norm[0]) && MEDIA_HEADS.has(w.norm.slice(1));
}

/** "وكالة «إيرنا»": one to four quoted words after a media head are an organisation, whatever the model said. */
function quotedMediaNames(words: WordInfo[], labels: string[]): void {
  for (let i = 0; i + 2 < words.length; i++) {
    if (!mediaHead(words[i]) || !OPEN_QUOTES.has(words[i + 1].raw)) continue;
    let j = i + 2;
    while (j < words.length && j - (i + 2) < 5 && words[j].isWord) j++;
    if (j >= words.length || j === i + 2 || j - (i + 2) > 4 || !CLOSE_QUOTES.has(words[j].raw)) continue;
    // Only when the model's entities do not cross the quotes.
    if (labels[i + 2][0] === 'I' || (j + 1 < labels.length && labels[j + 1][0] === 'I')) continue;
    labels[i + 2] = 'B-ORG';
    for (let k = i + 3; k < j; k++) labels[k] = 'I-ORG';
  }
}

/**
 * Pattern rules, applied after the model:
 * - quoted names after a media head (above);
 * - ministries: "وزارة الدفاع الإيرانية", "بوزارة الخارجية" -> ORG.  ANERcorp leaves
 *   them untagged, so the model never learns them; news facets want them.
 */
export function applyPatternRules(words: WordInfo[], labels: string[]): string[] {
  quotedMediaNames(words, labels);
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
