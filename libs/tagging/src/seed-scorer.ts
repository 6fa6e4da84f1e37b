/**
 * Document-level entity scoring with the rules of seeds/README.md: per type, a
 * predicted entity matches a gold entity when one of its names equals one of
 * the gold aliases after normalisation; `optional` strings are neither rewarded
 * nor penalised.
 */
import { normalizeArabic } from '@app/arabic';
import type { Entity } from '@app/contracts';

export interface SeedGold {
  title: string | null;
  body: string[];
  entities: Record<'PER' | 'ORG' | 'LOC', Array<{ aliases: string[] }>>;
  optional?: string[];
}

export interface TypeScore {
  /** Predicted entities that match a gold entity. */
  matchedPredictions: number;
  falsePositives: number;
  /** Gold entities matched by some prediction. */
  matchedGold: number;
  gold: number;
  falsePositiveNames: string[];
  missedNames: string[];
}

const TYPES = ['PER', 'ORG', 'LOC'] as const;
const key = (s: string) => normalizeArabic(s);

/** Score one document's predicted entities (all mentions) against its gold. */
export function scoreSeedDocument(gold: SeedGold, predicted: Entity[]): Record<(typeof TYPES)[number], TypeScore> {
  const optional = new Set((gold.optional ?? []).map(key));
  const out = {} as Record<(typeof TYPES)[number], TypeScore>;
  for (const type of TYPES) {
    // A predicted entity is its canonical name with all its surface forms.
    const clusters = new Map<string, Set<string>>();
    for (const e of predicted) {
      if (e.type !== type) continue;
      const c = clusters.get(key(e.normalized)) ?? new Set([key(e.normalized)]);
      c.add(key(e.text));
      clusters.set(key(e.normalized), c);
    }
    const goldSets = gold.entities[type].map((g) => new Set(g.aliases.map(key)));
    const matched = new Set<number>();
    const score: TypeScore = { matchedPredictions: 0, falsePositives: 0, matchedGold: 0, gold: goldSets.length, falsePositiveNames: [], missedNames: [] };
    for (const [name, forms] of clusters) {
      const hits = goldSets.map((g, i) => ([...forms].some((f) => g.has(f)) ? i : -1)).filter((i) => i >= 0);
      if (hits.length) {
        score.matchedPredictions++;
        hits.forEach((i) => matched.add(i));
      } else if (![...forms].some((f) => optional.has(f))) {
        score.falsePositives++;
        score.falsePositiveNames.push(name);
      }
    }
    score.matchedGold = matched.size;
    gold.entities[type].forEach((g, i) => matched.has(i) || score.missedNames.push(g.aliases[0]));
    out[type] = score;
  }
  return out;
}

/** Micro-averaged precision, recall and F1 per type over documents. */
export function sumSeedScores(docs: Array<Record<string, TypeScore>>): Record<string, { p: number; r: number; f1: number }> {
  const out: Record<string, { p: number; r: number; f1: number }> = {};
  for (const type of TYPES) {
    let mp = 0, fp = 0, mg = 0, g = 0;
    for (const d of docs) {
      mp += d[type].matchedPredictions;
      fp += d[type].falsePositives;
      mg += d[type].matchedGold;
      g += d[type].gold;
    }
    const p = mp + fp ? mp / (mp + fp) : 1;
    const r = g ? mg / g : 1;
    out[type] = { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  }
  return out;
}

/** The text a seed's entities are found in: title and body lines, as the tagger app would join them. */
export function seedText(gold: SeedGold): string {
  return [gold.title, ...gold.body].filter((l): l is string => !!l).join('\n\n');
}
