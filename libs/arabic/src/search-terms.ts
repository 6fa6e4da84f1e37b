import { normalizeArabic, normalizeWithOffsets } from './normalize';
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

/** A search term with the span of the original text it came from. */
export interface TermSpan {
  term: string;
  /** UTF-16 offsets into the original (unnormalised) text. */
  start: number;
  end: number;
}

/**
 * Search terms of `text` with their original spans, so matches found on the
 * normalised terms can be marked in the text readers see: "بِسوريا" -> {سوريا, 0, 8}.
 */
export function searchTermSpans(text: string, options: SearchTermOptions): TermSpan[] {
  const { normalized, offsets } = normalizeWithOffsets(text);
  const spans: TermSpan[] = [];
  for (const m of normalized.matchAll(TOKEN)) {
    const end = m.index + m[0].length;
    spans.push({
      term: options.stem ? stemArabic(m[0]) : m[0],
      start: offsets[m.index],
      // Up to the next kept character, so trailing diacritics stay inside the span.
      end: offsets[end],
    });
  }
  return spans;
}
