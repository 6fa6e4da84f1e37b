import type { Stage } from './queues';

/** Progress of one stage for one document. */
export interface StageStatus {
  state: 'queued' | 'active' | 'done' | 'failed';
  queuedAt?: string;
  startedAt?: string;
  endedAt?: string;
  attempts: number;
  error?: string;
}

/**
 * Overall status:
 * - queued / processing: on its way;
 * - indexed: searchable;
 * - failed: a stage gave up (see `error` and the stage);
 * - rejected: nothing to index, e.g. `empty_after_stripping` (see `reason`).
 */
export type DocumentState = 'queued' | 'processing' | 'indexed' | 'failed' | 'rejected';

export interface DocumentStatus {
  id: string;
  state: DocumentState;
  /** Machine-readable cause for rejected / failed documents, e.g. "empty_after_stripping". */
  reason?: string;
  error?: string;
  failedStage?: Stage;
  source?: { name: string; byteSize?: number };
  stages: Partial<Record<Stage, StageStatus>>;
  updatedAt: string;
}
