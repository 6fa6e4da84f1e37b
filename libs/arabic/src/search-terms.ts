import { normalizeArabic } from './normalize';
import { stemArabic } from './stem';

/**
 * The one place where text becomes search terms.  The indexer builds the search
 * fields with it and every query path normalises the query with it, so both sides
 * always agree (the index uses the `whitespace` analyzer, which exists on every
 * Elasticsearch distribution, and adds nothing of its own).
 */
export interface SearchTermOptions {
  /** Apply light stemming (the `search.text` fields); false for the `exact` fields. */
  stem: boolean;
}

/** Runs of letters or of digits; punctuation, quotes and symbols separate tokens ("2017م" -> "2017", "م"). */
const TOKEN = /\p{L}+|\p{N}+/gu;

/** Normalised (and optionally stemmed) tokens of `text`, in order. */
export function searchTokenList(text: string, options: SearchTermOptions): string[] {
  const tokens = normalizeArabic(text).match(TOKEN) ?? [];
  return options.stem ? tokens.map(stemArabic) : tokens;
}

/** Space-joined search terms: "بسوريا، الخلافات" -> "سوريا خلاف" with stemming. */
export function searchTokens(text: string, options: SearchTermOptions): string {
  return searchTokenList(text, options).join(' ');
}
