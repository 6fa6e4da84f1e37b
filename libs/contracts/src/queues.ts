/**
 * The pipeline's queues, in order.  These names are stored in Redis (as key
 * prefixes of every job), so renaming one orphans the jobs already queued:
 * change them only together with a migration.
 */
export const QUEUES = {
  fetch: 'fetch',
  strip: 'strip',
  tag: 'tag',
  index: 'index',
} as const;

export type Stage = keyof typeof QUEUES;

/** Stages in pipeline order; each stage hands its output to the next one. */
export const STAGES: readonly Stage[] = ['fetch', 'strip', 'tag', 'index'];

export function nextStage(stage: Stage): Stage | null {
  const i = STAGES.indexOf(stage);
  return i >= 0 && i < STAGES.length - 1 ? STAGES[i + 1] : null;
}

/** Deterministic job id: one job per document and stage, so re-ingesting is idempotent. */
export function jobIdFor(docId: string, stage: Stage): string {
  return `${docId}-${stage}`;
}
