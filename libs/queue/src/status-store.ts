import type { RedisClient } from './redis-options';
import { STAGES, type DocumentState, type DocumentStatus, type Stage, type StageStatus } from '@app/contracts';
import { redisKeys } from './redis-keys';
import { DocumentActivity } from './document-activity';

/**
 * Each document's progress, kept in one Redis hash so that GET /documents/:id can
 * answer from any gateway process.  Fields: `state`, `reason`, `error`,
 * `failedStage`, `source`, `updatedAt`, and `stage:<name>` holding a StageStatus.
 */
export class StatusStore {
  private readonly activity: DocumentActivity;

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {
    this.activity = new DocumentActivity(redis, prefix);
  }

  private key(docId: string): string {
    return redisKeys.status(this.prefix, docId);
  }

  async getMany(docIds: string[]): Promise<Array<DocumentStatus | null>> {
    return Promise.all(docIds.map((id) => this.get(id)));
  }

  async get(docId: string): Promise<DocumentStatus | null> {
    const fields = await this.redis.hgetall(this.key(docId));
    if (!fields.state) return null;
    const stages: DocumentStatus['stages'] = {};
    for (const stage of STAGES) {
      const raw = fields[`stage:${stage}`];
      if (raw) stages[stage] = JSON.parse(raw) as StageStatus;
    }
    return {
      id: docId,
      state: fields.state as DocumentState,
      reason: fields.reason || undefined,
      error: fields.error || undefined,
      failedStage: (fields.failedStage as Stage) || undefined,
      source: fields.source ? JSON.parse(fields.source) : undefined,
      stages,
      updatedAt: fields.updatedAt,
    };
  }

  /** Registers a new document; returns false when it was already known (same content). */
  async register(docId: string, source: { name: string; byteSize?: number }): Promise<boolean> {
    const now = new Date().toISOString();
    const created = await this.redis.hsetnx(this.key(docId), 'state', 'queued');
    if (created) {
      await this.redis.hset(this.key(docId), { source: JSON.stringify(source), updatedAt: now });
      await this.activity.record([docId]);
    }
    return created === 1;
  }

  async stageQueued(docId: string, stage: Stage): Promise<void> {
    await this.writeStage(docId, stage, { state: 'queued', queuedAt: new Date().toISOString(), attempts: 0 });
  }

  async stageStarted(docId: string, stage: Stage, attempt: number): Promise<void> {
    const previous = await this.readStage(docId, stage);
    await this.writeStage(
      docId,
      stage,
      { ...previous, state: 'active', startedAt: new Date().toISOString(), endedAt: undefined, attempts: attempt },
      { state: 'processing' },
    );
  }

  async stageDone(docId: string, stage: Stage, overall?: { state: DocumentState; reason?: string }): Promise<void> {
    const previous = await this.readStage(docId, stage);
    await this.writeStage(
      docId,
      stage,
      { ...previous, attempts: previous?.attempts ?? 1, state: 'done', endedAt: new Date().toISOString(), error: undefined },
      overall ? { state: overall.state, reason: overall.reason ?? '' } : undefined,
    );
  }

  /**
   * Records a failed attempt.  Only a final failure (no attempts left, or an
   * unrecoverable error) marks the whole document failed; before that it stays
   * `processing` with the error visible on the stage.
   */
  async stageFailed(docId: string, stage: Stage, error: string, attempts: number, final: boolean): Promise<void> {
    const previous = await this.readStage(docId, stage);
    await this.writeStage(
      docId,
      stage,
      { ...previous, state: final ? 'failed' : 'queued', endedAt: new Date().toISOString(), attempts, error },
      final ? { state: 'failed', error, failedStage: stage } : undefined,
    );
  }

  /** Puts a failed document back in progress, before its failed job is retried. */
  async clearFailure(docId: string): Promise<void> {
    await this.redis.hset(this.key(docId), { state: 'processing', error: '', failedStage: '', updatedAt: new Date().toISOString() });
  }

  /**
   * An indexed document goes back into the pipeline at `stages[0]`: processing again,
   * the records of the stages it re-runs cleared.  Its status is recreated when it had
   * expired (the document itself lives on in Elasticsearch).
   */
  async reprocessing(docId: string, stages: Stage[], source: { name: string; byteSize?: number }): Promise<void> {
    const now = new Date().toISOString();
    await this.redis
      .multi()
      .hdel(this.key(docId), 'reason', 'error', 'failedStage', ...stages.map((stage) => `stage:${stage}`))
      .hset(this.key(docId), { state: 'processing', source: JSON.stringify(source), updatedAt: now })
      .exec();
    await this.activity.record([docId]);
  }

  async forget(docId: string): Promise<void> {
    await this.redis.del(this.key(docId));
  }

  private async readStage(docId: string, stage: Stage): Promise<StageStatus | undefined> {
    const raw = await this.redis.hget(this.key(docId), `stage:${stage}`);
    return raw ? (JSON.parse(raw) as StageStatus) : undefined;
  }

  private async writeStage(
    docId: string,
    stage: Stage,
    status: StageStatus,
    overall?: Record<string, string>,
  ): Promise<void> {
    await this.redis.hset(this.key(docId), {
      [`stage:${stage}`]: JSON.stringify(status),
      updatedAt: new Date().toISOString(),
      ...overall,
    });
  }
}
