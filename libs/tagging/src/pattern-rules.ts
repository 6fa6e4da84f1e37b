/**
 * Hand-written patterns for names the training data leaves untagged but news
 * readers search for.  They only fill tokens the model labelled O.
 */
import { withOneProclitic } from './clitics';
import { isDemonym } from './demonyms';
import { CLOSE_QUOTES, OPEN_QUOTES } from './quotes';
import type { Gazetteer } from './gazetteer';
import type { WordInfo } from './words';

const MINISTRY = /^[وف]?[بل]?وزاره$/;
const DEFINITE = /^ال.{2,}/;
// Feminine nisba adjective after the ministry: "الإيرانية", "الأميركية".
const NISBA = /^ال.{2,}يه$/;

// Media heads followed by a quoted name: "موقع “عصر بهبهان”", "صحيفة «الحياة»", "وكالتا ... "فارس"" (dual).
const MEDIA_HEADS = withOneProclitic([
  'موقع', 'وكاله', 'صحيفه', 'جريده', 'مجله', 'قناه', 'اذاعه', 'شبكه', 'تلفزيون', 'محطه',
  'موقعا', 'موقعي', 'وكالتا', 'وكالتي', 'صحيفتا', 'صحيفتي', 'قناتا', 'قناتي', 'مواقع', 'وكالات', 'صحف', 'قنوات',
]);
// Heads of institution names that a nationality adjective closes: "مركز الدراسات الدبلوماسية الإيرانية".
const INSTITUTION_HEADS = new Set(['مركز', 'معهد', 'هييه', 'مجلس', 'موسسه', 'جامعه', 'منظمه', 'وكاله', 'جمعيه', 'اتحاد', 'لجنه', 'مكتب', 'اكاديميه', 'مفوضيه']);

/**
 * Tags the one to four quoted words opening at token q as ORG (unless a model entity
 * crosses the quotes); returns the token after the closing quote, or -1 when none.
 */
function tagQuotedName(words: WordInfo[], labels: string[], q: number): number {
  if (q >= words.length || !OPEN_QUOTES.has(words[q].raw)) return -1;
  let j = q + 1;
  while (j < words.length && j - (q + 1) < 5 && words[j].isWord) j++;
  if (j >= words.length || j === q + 1 || j - (q + 1) > 4 || !CLOSE_QUOTES.has(words[j].raw)) return -1;
  if (labels[q + 1][0] === 'I' || (j + 1 < labels.length && labels[j + 1][0] === 'I')) return -1;
  labels[q + 1] = 'B-ORG';
  for (let k = q + 2; k < j; k++) labels[k] = 'I-ORG';
  return j + 1;
}

/**
 * Quoted names after a media head are organisations, whatever the model said: "وكالة «إيرنا»";
 * the head may take a definite complement first and the names may be coordinated:
 * "وكالتا الحرس الثوري "فارس" و"تسنيم"".
 */
function quotedMediaNames(words: WordInfo[], labels: string[]): void {
  for (let i = 0; i + 2 < words.length; i++) {
    if (!MEDIA_HEADS.has(words[i].norm)) continue;
    let q = i + 1;
    while (q < words.length && q - i <= 3 && words[q].isWord && DEFINITE.test(words[q].norm)) q++;
    let next = tagQuotedName(words, labels, q);
    while (next > 0 && next + 1 < words.length && words[next].norm === 'و') next = tagQuotedName(words, labels, next + 1);
  }
}

/**
 * An institution head, one to three definite words and a nationality adjective, all
 * untagged, are one organisation: "مركز الدراسات الدبلوماسية الإيرانية", "وكالة الأنباء السعودية".
 */
function institutionNames(words: WordInfo[], labels: string[], gaz: Gazetteer): void {
  for (let i = 0; i + 2 < words.length; i++) {
    if (labels[i] !== 'O' || !INSTITUTION_HEADS.has(words[i].stem)) continue;
    // The first nationality adjective among the next four untagged definite words closes the name.
    for (let end = i + 1; end < words.length && end - i <= 4 && labels[end] === 'O' && DEFINITE.test(words[end].norm); end++) {
      if (!isDemonym(words[end].norm, gaz)) continue;
      if (end > i + 1) {
        labels[i] = 'B-ORG';
        for (let k = i + 1; k <= end; k++) labels[k] = 'I-ORG';
        i = end;
      }
      break;
    }
  }
}

/**
 * Pattern rules, applied after the model:
 * - quoted names after a media head, institutions closed by a nationality (above);
 * - ministries: "وزارة الدفاع الإيرانية", "بوزارة الخارجية" -> ORG.  ANERcorp leaves
 *   them untagged, so the model never learns them; news facets want them.
 */
export function applyPatternRules(words: WordInfo[], labels: string[], gaz: Gazetteer): string[] {
  quotedMediaNames(words, labels);
  institutionNames(words, labels, gaz);
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
