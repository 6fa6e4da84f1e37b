/**
 * Rough language identification from scripts and function words; enough to tell an
 * Arabic article from a page in English, French, Persian, Urdu and the like.
 */

// Letters Persian and Urdu use and Arabic does not: پ چ ژ گ ک ی (Persian); ٹ ڈ ڑ ں ے ھ (Urdu).
const PERSIAN = /[پچژگکی]/g;
const URDU = /[ٹڈڑںےۓ]/g;
const ARABIC = /[\u0621-\u064A\u0671-\u06D3]/g;
const LATIN = /[A-Za-z\u00C0-\u024F]/g;
const CYRILLIC = /[\u0400-\u04FF]/g;
const HEBREW = /[\u05D0-\u05EA]/g;

const LATIN_STOPS: Array<[string, RegExp]> = [
  ['en', /\b(?:the|and|of|to|is|in|that|for|with|was)\b/gi],
  ['fr', /\b(?:le|la|les|des|et|est|une|dans|pour|qui)\b/gi],
  ['es', /\b(?:el|los|las|del|y|es|una|para|por|que)\b/gi],
  ['de', /\b(?:der|die|das|und|ist|nicht|mit|ein|eine|zu)\b/gi],
  ['tr', /\b(?:ve|bir|bu|ile|için|olarak|da|de|çok)\b/gi],
];

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** ISO 639-1 code of the text's language, or null when there is no text to judge. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const arabic = count(sample, ARABIC);
  const latin = count(sample, LATIN);
  const cyrillic = count(sample, CYRILLIC);
  const hebrew = count(sample, HEBREW);
  const total = arabic + latin + cyrillic + hebrew;
  if (total === 0) return null;
  if (arabic >= total * 0.5) {
    // A few Persian letters turn up in Arabic pages ("غیر"); a Persian page is full of them.
    if (count(sample, URDU) > arabic * 0.02) return 'ur';
    if (count(sample, PERSIAN) > arabic * 0.03) return 'fa';
    return 'ar';
  }
  if (cyrillic >= total * 0.5) return 'ru';
  if (hebrew >= total * 0.5) return 'he';
  let best = 'und';
  let bestHits = 0;
  for (const [lang, re] of LATIN_STOPS) {
    const hits = count(sample, re);
    if (hits > bestHits) [best, bestHits] = [lang, hits];
  }
  return best;
}
