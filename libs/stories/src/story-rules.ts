import { estimatedJaccard } from './fingerprint';
import { overlap, type StoryFeatures } from './story-features';

function entityWeight(entity: string): number {
  return ENTITY_WEIGHT[entity.slice(0, 3)] ?? 1;
}

/** Shared entity weight, and that weight over the smaller document's total. */
export function sharedEntities(a: readonly string[], b: readonly string[]): { weight: number; share: number } {
  const inB = new Set(b);
  let weight = 0;
  for (const e of new Set(a)) if (inB.has(e)) weight += entityWeight(e);
  const total = (list: readonly string[]) => [...new Set(list)].reduce((sum, e) => sum + entityWeight(e), 0);
  const smaller = Math.min(total(a), total(b));
  return { weight, share: smaller ? weight / smaller : 0 };
}

/**
 * The two decisions made for a new document against an earlier one. Thresholds were set
 * on the labelled set in test/fixtures/stories (see its README for the figures).
 */
export const DUPLICATE_JACCARD = 0.5;
/** Reports of one story are published within a few days of each other. */
export const STORY_WINDOW_DAYS = 4;
export const STORY_SCORE = 0.26;
/** Shared entity weight below which two reports are never one story (two people, or a person and two places...). */
const MIN_SHARED_ENTITY_WEIGHT = 2;
/** Places are shared by every story of a region; people and organisations say more. */
const ENTITY_WEIGHT: Record<string, number> = { PER: 1, ORG: 1, LOC: 0.5 };
const DAY_MS = 86_400_000;

export interface ComparableDocument {
  id: string;
  signature: Uint32Array | null;
  features: StoryFeatures;
  /**
   * When the report was published (ms), or null when it does not say. Ingestion time is
   * no stand-in: an archive loaded today holds reports of many years.
   */
  time: number | null;
}

/** A copy or light rewrite: most word shingles shared. */
export function isNearDuplicate(a: ComparableDocument, b: ComparableDocument): boolean {
  return !!a.signature && !!b.signature && estimatedJaccard(a.signature, b.signature) >= DUPLICATE_JACCARD;
}

/**
 * How strongly two documents read as the same story (0..1): shared entities and shared
 * key terms weigh alike; both are needed, since one conflict has many stories with the
 * same places and actors, and a topic word alone ("أسعار") joins unrelated news.
 */
export function storyScore(a: ComparableDocument, b: ComparableDocument): number {
  // The window applies when both dates are known; an undated report is compared on content alone.
  if (a.time !== null && b.time !== null && Math.abs(a.time - b.time) > STORY_WINDOW_DAYS * DAY_MS) return 0;
  if (isNearDuplicate(a, b)) return 1;
  const entities = sharedEntities(a.features.entities, b.features.entities);
  if (entities.weight < MIN_SHARED_ENTITY_WEIGHT) return 0;
  return Math.sqrt(entities.share * overlap(a.features.terms, b.features.terms));
}

export function isSameStory(a: ComparableDocument, b: ComparableDocument): boolean {
  return storyScore(a, b) >= STORY_SCORE;
}
