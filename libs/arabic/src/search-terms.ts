import { normalizeArabic, normalizeWithOffsets } from './normalize';
import { stemVariants } from './stem';

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

/**
 * One group per word: the word's stems (several when a first letter may or may not
 * be a clitic, see stem.ts), or the normalised word alone without stemming.
 * "بسوريا الخلافات" -> [["بسوريا", "سوريا"], ["خلاف"]].  A query word matches a
 * document when any term of its group is among the document's terms.
 */
export function searchTermGroups(text: string, options: SearchTermOptions): string[][] {
  const tokens = normalizeArabic(text).match(TOKEN) ?? [];
  return options.stem ? tokens.map(stemVariants) : tokens.map((t) => [t]);
}

/** All terms of `text`, in order (groups flattened): what the index stores. */
export function searchTokenList(text: string, options: SearchTermOptions): string[] {
  return searchTermGroups(text, options).flat();
}

/** Space-joined search terms: "بسوريا، الخلافات" -> "بسوريا سوريا خلاف" with stemming. */
export function searchTokens(text: string, options: SearchTermOptions): string {
  return searchTokenList(text, options).join(' ');
}

/** A word of the original text with its search terms. */
export interface TermSpan {
  /** The word's terms (its group in searchTermGroups). */
  terms: string[];
  /** UTF-16 offsets into the original (unnormalised) text. */
  start: number;
  end: number;
}

/**
 * Words of `text` with their terms and original spans, so matches found on the
 * normalised terms can be marked in the text readers see: "بِسوريا" -> 0..8.
 */
export function searchTermSpans(text: string, options: SearchTermOptions): TermSpan[] {
  const { normalized, offsets } = normalizeWithOffsets(text);
  const spans: TermSpan[] = [];
  for (const m of normalized.matchAll(TOKEN)) {
    spans.push({
      terms: options.stem ? stemVariants(m[0]) : [m[0]],
      start: offsets[m.index],
      // Up to the next kept character, so trailing diacritics stay inside the span.
      end: offsets[m.index + m[0].length],
    });
  }
  return spans;
}
