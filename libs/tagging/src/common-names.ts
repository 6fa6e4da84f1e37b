/**
 * Gazetteer names that are mostly ordinary words in the training text: "الاتفاق" is a
 * Saudi club but nearly always "the agreement", "أفاد" is the Turkish agency AFAD but
 * nearly always "reported".  Training finds them (a listed name matched often, rarely
 * an entity there) and stores them with the model; tagging and training then read them
 * as ambiguous entries: a weaker model feature, never filled in by the gazetteer alone.
 */
import type { Gazetteer } from './gazetteer';
import type { WordInfo } from './words';

/** Fewest matches in the training text before a name can be judged. */
const MIN_MATCHES = 3;
/** Share of matches that were entities under which a name counts as an ordinary word. */
const MAX_NAME_SHARE = 0.25;

export function findCommonNames(sentences: Array<{ words: WordInfo[]; tags: string[] }>, gaz: Gazetteer): Set<string> {
  const seen = new Map<string, { matches: number; names: number }>();
  for (const { words, tags } of sentences) {
    for (const m of gaz.matchAll(words.map((w) => w.norm))) {
      const c = seen.get(m.key) ?? { matches: 0, names: 0 };
      c.matches++;
      // Any entity inside counts: the corpus may bound the name otherwise ("وكالة [فرانس برس]").
      if (tags.slice(m.start, m.end).some((t) => t !== 'O')) c.names++;
      seen.set(m.key, c);
    }
  }
  const common = new Set<string>();
  // One-word names only: a longer listed name left untagged in the corpus is its annotators' choice, not an ordinary word.
  for (const [key, c] of seen) if (!key.includes(' ') && c.matches >= MIN_MATCHES && c.names / c.matches < MAX_NAME_SHARE) common.add(key);
  return common;
}
