/**
 * Light Arabic stemming in the style of Larkey et al.'s light10, applied to tokens
 * that `normalizeArabic` has already folded (so ة is ه, ى is ي, hamza seats are ا).
 *
 * It only conflates surface forms for recall; the stored text is never changed and
 * the `exact` search fields keep the unstemmed tokens for precise matching.
 *
 * A first و/ف or ب/ك/ل may be a clitic ("بسوريا" = ب + سوريا) or part of the word
 * ("لبنان", "فارس", "وزير").  Instead of guessing, a word keeps both readings:
 * `stemVariants("بسوريا")` is ["بسوريا", "سوريا"], `stemVariants("لبنان")` is
 * ["لبن", "بنان"].  The index stores every reading and a query word matches when
 * any of its readings meets one of the document's, so "بسوريا" finds "سوريا",
 * "بلبنان" finds "لبنان", and neither letter is ever lost for good.
 */

/** Conjunctions, outermost clitic slot: "وسوريا", "فقال". */
const CONJUNCTIONS = new Set(['و', 'ف']);
/** Prepositions, after an optional conjunction: "بسوريا", "كقائد", "لروسيا". */
const PREPOSITIONS = new Set(['ب', 'ك', 'ل']);
/** Article, alone or fused with a preposition: "الحرس", "بالحرس", "كالعادة", "للحرس" (= ل + ال). */
const ARTICLES = ['بال', 'كال', 'لل', 'ال'];

/**
 * Suffix groups, at most one suffix removed per group, groups in this order so that
 * a pronoun comes off before the plural it is attached to ("سياساتها" -> "سياسات" -> "سياس").
 */
const SUFFIX_GROUPS: readonly string[][] = [
  // Attached pronouns: "قواعدهم" (their bases), "بلادنا" (our country), "مواقفها".
  ['هما', 'كما', 'ها', 'هم', 'هن', 'كم', 'نا'],
  // Sound plurals and duals: "الخلافات", "المسؤولون", "الطرفين", "البلدان".
  ['ات', 'ون', 'ين', 'ان'],
  // Nisba and ta marbuta (normalised to ه), possessive ي: "سوريه", "عليه", "الايراني";
  // and the -يا of country names, so the country meets its adjective and its other
  // spelling: "سوريا" / "سورية" / "السوري", "روسيا" / "الروسي".
  ['يه', 'يا', 'ه', 'ي'],
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

/**
 * Readings of a word with its proclitics removed or kept: "وبالحرس" -> ["وبالحرس", "حرس"]
 * (the unstripped reading first, the most stripped last).  An article is always
 * removed: a word rarely begins with ال unless it is the article.
 */
export function prefixReadings(word: string): string[] {
  const readings: string[] = [];
  const afterConjunction = [word];
  if (CONJUNCTIONS.has(word[0]) && word.length - 1 >= MIN_AFTER_PROCLITIC) afterConjunction.push(word.slice(1));
  for (const w of afterConjunction) {
    const article = ARTICLES.find((p) => w.startsWith(p) && w.length - p.length >= MIN_AFTER_ARTICLE);
    if (article) {
      readings.push(w.slice(article.length));
      continue;
    }
    readings.push(w);
    if (PREPOSITIONS.has(w[0]) && w.length - 1 >= MIN_AFTER_PROCLITIC) readings.push(w.slice(1));
  }
  return [...new Set(readings)];
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
 * Stems of every reading of one normalised token, distinct, most stripped last:
 * "الخلافات" -> ["خلاف"], "بسوريا" -> ["بسوريا", "سوريا"].  Non-Arabic tokens
 * (Latin, digits) come back unchanged.
 */
export function stemVariants(token: string): string[] {
  if (!isArabicWord(token)) return [token];
  return [...new Set(prefixReadings(token).map(stripSuffixes))];
}

/** The most stripped stem only: one key per word where a single one is needed. */
export function stemArabic(token: string): string {
  const variants = stemVariants(token);
  return variants[variants.length - 1];
}
