/**
 * Light Arabic stemming in the style of Larkey et al.'s light10, applied to tokens
 * that `normalizeArabic` has already folded (so ة is ه, ى is ي, hamza seats are ا).
 *
 * It only conflates surface forms for recall; the stored text is never changed and
 * the `exact` search fields keep the unstemmed tokens for precise matching.
 *
 * Prefixes are stripped in a loop, so stem(p + X) === stem(X) whenever X itself is
 * long enough: "بسوريا" and "سوريا" meet, and so do "للبنان", "بلبنان" and "لبنان".
 * Words that merely begin with one of these letters lose it too ("كتاب" -> "تاب"),
 * on the index and query side alike, which costs a little precision, not recall.
 */

/** Article-bearing prefixes, longest first: "وال" in "والحرس", "لل" in "للحرس" (= ل + ال). */
const ARTICLE_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];

/** One-letter proclitics: "و" and, "ف" so, "ب" in/by, "ك" like, "ل" for. */
const SINGLE_PROCLITICS = new Set(['و', 'ف', 'ب', 'ك', 'ل']);

/**
 * Suffix groups, at most one suffix removed per group, groups in this order so that
 * a pronoun comes off before the plural it is attached to ("سياساتها" -> "سياسات" -> "سياس").
 */
const SUFFIX_GROUPS: readonly string[][] = [
  // Attached pronouns: "قواعدهم" (their bases), "بلادنا" (our country), "مواقفها".
  ['هما', 'كما', 'ها', 'هم', 'هن', 'كم', 'نا'],
  // Sound plurals and duals: "الخلافات", "المسؤولون", "الطرفين", "البلدان".
  ['ات', 'ون', 'ين', 'ان'],
  // Nisba and ta marbuta (normalised to ه), possessive ي: "سوريه", "عليه", "الايراني".
  ['يه', 'ه', 'ي'],
];

/** Shortest remainder after removing an article prefix ("الان" -> "ان"). */
const MIN_AFTER_ARTICLE = 2;
/** Shortest remainder after removing a one-letter proclitic: keeps "بلد", "كل", "فرق" whole. */
const MIN_AFTER_PROCLITIC = 3;
/** Shortest stem a suffix removal may leave: keeps "علي", "بيت", "هنا" whole. */
const MIN_AFTER_SUFFIX = 3;

/** True for a token made only of (normalised) Arabic letters. */
export function isArabicWord(token: string): boolean {
  return /^[\u0621-\u064A\u0671-\u06D3]+$/.test(token);
}

/** Removes proclitics and articles: "وبالحرس" -> "حرس", "بسوريا" -> "سوريا". */
export function stripPrefixes(word: string): string {
  let w = word;
  for (;;) {
    const article = ARTICLE_PREFIXES.find((p) => w.startsWith(p) && w.length - p.length >= MIN_AFTER_ARTICLE);
    if (article) {
      w = w.slice(article.length);
      continue;
    }
    if (SINGLE_PROCLITICS.has(w[0]) && w.length - 1 >= MIN_AFTER_PROCLITIC) {
      w = w.slice(1);
      continue;
    }
    return w;
  }
}

/** Removes inflectional and pronoun suffixes: "خلافات" -> "خلاف", "قواعدهم" -> "قواعد". */
export function stripSuffixes(word: string): string {
  let w = word;
  for (const group of SUFFIX_GROUPS) {
    const suffix = group.find((s) => w.endsWith(s) && w.length - s.length >= MIN_AFTER_SUFFIX);
    if (suffix) w = w.slice(0, -suffix.length);
  }
  return w;
}

/**
 * Light stem of one normalised token.  Non-Arabic tokens (Latin, digits) are returned
 * unchanged.  "الخلافات" -> "خلاف", "بسوريا" -> "سوريا".
 */
export function stemArabic(token: string): string {
  if (!isArabicWord(token)) return token;
  return stripSuffixes(stripPrefixes(token));
}
