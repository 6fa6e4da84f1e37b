import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeArabic } from '@app/arabic';

/** Gold title and body of a seed (seeds/gold/NAME.json). */
export function seedGold(seed: string): { title: string | null; body: string[] } {
  return JSON.parse(readFileSync(join(__dirname, '..', '..', 'seeds', 'gold', `${seed}.json`), 'utf8'));
}

/** Words after the project's normalisation, punctuation kept apart ("سوريا؛" -> "سوريا"). */
export function words(text: string): string[] {
  return normalizeArabic(text).match(/[\p{L}\p{M}]+|\p{N}+/gu) ?? [];
}

export interface BodyScore {
  f1: number;
  /** Distinct gold words the extracted text lacks. */
  missing: string[];
  /** Extracted words that are a gold word spelled backwards (visual order leaking through). */
  reversed: string[];
}

/** Token F1 (multisets) of an extracted body against the gold body, as seeds/README.md scores bodies. */
export function scoreBody(extracted: string, gold: string[]): BodyScore {
  const got = words(extracted);
  const want = words(gold.join('\n'));
  const counts = new Map<string, number>();
  for (const w of want) counts.set(w, (counts.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of got) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      hit++;
      counts.set(w, n - 1);
    }
  }
  const precision = got.length ? hit / got.length : 0;
  const recall = want.length ? hit / want.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const gotSet = new Set(got);
  const wantSet = new Set(want);
  const missing = [...wantSet].filter((w) => !gotSet.has(w));
  const reversed = [...wantSet].map((w) => [...w].reverse().join('')).filter((r) => r.length > 2 && !wantSet.has(r) && gotSet.has(r));
  return { f1, missing, reversed };
}
