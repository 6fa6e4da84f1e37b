/**
 * Sentence topic for the model: in a sports sentence a city is usually a club
 * ("فاز على هامبورغ 1 - 0" is the club, "وصل إلى هامبورغ" the city).  General
 * football vocabulary only, compared on the light stem (clitics and article removed).
 */
import { normalizeArabic } from '@app/arabic';
import { stemWord } from './clitics';
import type { WordInfo } from './words';

const SPORTS_WORDS = [
  'مباراة', 'مباريات', 'الدوري', 'هدف', 'أهداف', 'هدفا', 'هدفين', 'لاعب', 'لاعبين', 'لاعبي', 'مدرب', 'الفريق', 'فريقه', 'منتخب',
  'بطولة', 'كأس', 'فاز', 'فوز', 'فوزه', 'تعادل', 'التعادل', 'خسارة', 'الشوط', 'ملعب', 'استاد', 'النادي', 'ركلة', 'حارس', 'مرمى',
  'الدقيقة', 'سجل', 'مهاجم', 'مدافع', 'الأبطال', 'الكرة', 'مضيفه', 'ضيفه', 'الذهاب', 'الإياب', 'نقطة', 'نقاط', 'المجموعة', 'صفر',
];

export const SPORTS_STEMS: Set<string> = new Set(SPORTS_WORDS.map((w) => stemWord(normalizeArabic(w))));

/** "s" when the sentence has a sports word, "-" otherwise. */
export function sentenceTopic(words: WordInfo[]): string {
  for (const w of words) if (w.isWord && SPORTS_STEMS.has(w.stem)) return 's';
  return '-';
}
