/**
 * Rough language identification from scripts and function words; enough to tell an
 * Arabic article from a page in English, French, Persian, Urdu and the like.
 */

const LATIN_STOPS: Array<[string, RegExp]> = [
  ['en', /\b(?:the|and|of|to|is|in|that|for|with|was)\b/gi],
  ['fr', /\b(?:le|la|les|des|et|est|une|dans|pour|qui)\b/gi],
  ['es', /\b(?:el|los|las|del|y|es|una|para|por|que)\b/gi],
  ['de', /\b(?:der|die|das|und|ist|nicht|mit|ein|eine|zu)\b/gi],
  ['tr', /\b(?:ve|bir|bu|ile|için|olarak|da|de|çok)\b/gi],
];

/** Letter counts of a text, as lineFeatures gives them (summed over the lines). */
export interface ScriptCounts {
  arabicLetters: number;
  latinLetters: number;
  letters: number;
  persianLetters: number;
  urduLetters: number;
}

/**
 * ISO 639-1 code of the text's language from its letter counts; function words
 * decide among Latin-script languages ('und' when none is clear); null without letters.
 */
export function detectLanguage(counts: ScriptCounts, text: string): string | null {
  const { arabicLetters: arabic, latinLetters: latin, letters } = counts;
  if (letters === 0) return null;
  if (arabic >= letters * 0.5) {
    // A few Persian letters turn up in Arabic pages ("غیر"); a Persian page is full of them.
    if (counts.urduLetters > arabic * 0.02) return 'ur';
    if (counts.persianLetters > arabic * 0.03) return 'fa';
    return 'ar';
  }
  if (latin < letters * 0.5) return otherScript(text);
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  let best = 'und';
  let bestHits = 0;
  for (const [lang, re] of LATIN_STOPS) {
    const hits = sample.match(re)?.length ?? 0;
    if (hits > bestHits) [best, bestHits] = [lang, hits];
  }
  return best;
}

/** Cyrillic or Hebrew pages; anything else is undetermined. */
function otherScript(text: string): string {
  const cyrillic = text.match(/[\u0400-\u04FF]/g)?.length ?? 0;
  const hebrew = text.match(/[\u05D0-\u05EA]/g)?.length ?? 0;
  if (cyrillic > hebrew && cyrillic > 0) return 'ru';
  if (hebrew > 0) return 'he';
  return 'und';
}
