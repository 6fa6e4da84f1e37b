import { ARABIC_FUNCTION_WORDS, normalizeArabic, stemArabic } from '@app/arabic';

/** What two reports of one story share: the same actors and places, and the same key words. */
export interface StoryFeatures {
  /** Canonical entity names with their type, e.g. "PER:بشار الأسد". */
  entities: string[];
  /** The document's most repeated content words, stemmed, most frequent first. */
  terms: string[];
}

export interface StoryInput {
  title: string | null;
  body: string;
  persons: string[];
  organizations: string[];
  locations: string[];
}

/** Key terms kept per document: enough to describe a story, few enough to query with. */
export const KEY_TERMS = 24;
const WORD = /\p{L}{3,}/gu;

export function storyFeatures(doc: StoryInput): StoryFeatures {
  const entities = [
    ...doc.persons.map((n) => `PER:${n}`),
    ...doc.organizations.map((n) => `ORG:${n}`),
    ...doc.locations.map((n) => `LOC:${n}`),
  ];
  return { entities: [...new Set(entities)], terms: keyTerms(`${doc.title ?? ''}\n${doc.title ?? ''}\n${doc.body}`) };
}

/** Most frequent stemmed content words (the title counted twice); ties go to the earlier word. */
export function keyTerms(text: string, limit = KEY_TERMS): string[] {
  const counts = new Map<string, number>();
  for (const [word] of normalizeArabic(text).matchAll(WORD)) {
    if (ARABIC_FUNCTION_WORDS.has(word)) continue;
    const stem = cachedStem(word);
    if (stem.length < 3 || ARABIC_FUNCTION_WORDS.has(stem)) continue;
    counts.set(stem, (counts.get(stem) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([term]) => term);
}

const stems = new Map<string, string>();
/** Stemming is the costly step and news repeats its words: remembered, up to a bound. */
function cachedStem(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    if (stems.size >= 200_000) stems.clear();
    stem = stemArabic(word);
    stems.set(word, stem);
  }
  return stem;
}

/** |A ∩ B| / min(|A|, |B|): a short report fully contained in a long one scores 1. */
export function overlap(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const set = new Set(a);
  let shared = 0;
  for (const x of b) if (set.has(x)) shared++;
  return shared / Math.min(a.length, set.size, new Set(b).size);
}
