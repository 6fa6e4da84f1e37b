import type { Client } from '@elastic/elasticsearch';
import { classifyElasticsearchFailure, classifyError } from '@app/queue';

export type RefreshMode = false | 'wait_for' | true;

export interface BulkIndexerOptions {
  /** Index or alias written to (through the alias, the write index receives the documents). */
  index: string;
  /** Flush when this many documents are waiting. */
  maxDocs?: number;
  /** Flush when the waiting NDJSON reaches this many bytes. */
  maxBytes?: number;
  /** Flush this long after the first document of a batch arrived, however small the batch. */
  flushIntervalMs?: number;
  /** Bulk requests in flight at once. */
  concurrency?: number;
  /** `wait_for`: each document's promise resolves once it is searchable. */
  refresh?: RefreshMode;
  /**
   * Attempts per document on 429 / 5xx / blocks / connection errors, the first included.
   * Kept short: a longer outage is outlasted by the job's own retries (see BulkItemError.retryable).
   */
  maxAttempts?: number;
  /** First retry delay; doubles each attempt, with jitter, capped by maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
}

export interface IndexedResult {
  id: string;
  /** `created` the first time, `updated` when the same id is written again. */
  result: string;
  attempts: number;
}

/** A document Elasticsearch refused (mapping error, ...) or that kept failing after every retry. */
export class BulkItemError extends Error {
  constructor(
    readonly id: string,
    /** HTTP status of the item or of the whole request; 0 when no response came (connection refused, timeout). */
    readonly status: number,
    readonly type: string,
    readonly reason: string,
    readonly attempts: number,
    /** True when retrying later could help (outage, throttling, block); false for a document Elasticsearch rejects as invalid. */
    readonly retryable: boolean = classifyElasticsearchFailure(status, type) === 'retryable',
  ) {
    super(`document ${id} not indexed (${status || 'no response'} ${type}): ${reason}`);
    this.name = 'BulkItemError';
  }
}

interface Pending {
  id: string;
  /** Action and source lines, serialised once when the document is added. */
  lines: string;
  bytes: number;
  attempts: number;
  resolve: (r: IndexedResult) => void;
  reject: (e: Error) => void;
}

/**
 * Batches `index` operations into `_bulk` requests by count, bytes and time.
 * Each document gets its own promise, settled by that document's item in the bulk
 * response, so one bad document never sinks the others.  Writes use the document
 * id as `_id`, so indexing the same document again replaces it (idempotent).
 */
export class BulkIndexer {
  private readonly opts: Required<BulkIndexerOptions>;
  private queue: Pending[] = [];
  private queuedBytes = 0;
  private timer?: NodeJS.Timeout;
  private inFlight = 0;
  private readonly slotWaiters: (() => void)[] = [];
  private readonly running = new Set<Promise<void>>();
  private closed = false;

  constructor(
    private readonly client: Client,
    options: BulkIndexerOptions,
  ) {
    this.opts = {
      maxDocs: 500,
      maxBytes: 5 * 1024 * 1024,
      flushIntervalMs: 200,
      concurrency: 2,
      refresh: false,
      maxAttempts: 5,
      backoffMs: 100,
      maxBackoffMs: 5_000,
      ...options,
    };
  }

  /** Queues one document; the promise settles when Elasticsearch has accepted or refused it. */
  index(id: string, source: object): Promise<IndexedResult> {
    if (this.closed) return Promise.reject(new Error('bulk indexer is closed'));
    if (!id) return Promise.reject(new Error('document without id'));
    let lines: string;
    try {
      lines = `${JSON.stringify({ index: { _index: this.opts.index, _id: id } })}\n${JSON.stringify(source)}\n`;
    } catch (err) {
      return Promise.reject(new BulkItemError(id, 400, 'serialization_error', (err as Error).message, 0));
    }
    return new Promise<IndexedResult>((resolve, reject) => {
      const bytes = Buffer.byteLength(lines);
      this.queue.push({ id, lines, bytes, attempts: 0, resolve, reject });
      this.queuedBytes += bytes;
      if (this.queue.length >= this.opts.maxDocs || this.queuedBytes >= this.opts.maxBytes) {
        this.dispatch();
      } else {
        this.timer ??= setTimeout(() => this.dispatch(), this.opts.flushIntervalMs);
      }
    });
  }

  /** Sends everything queued and waits until every request in flight has settled. */
  async flush(): Promise<void> {
    this.dispatch();
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  /** Flushes and refuses further documents. */
  async close(): Promise<void> {
    this.closed = true;
    await this.flush();
  }

  /** Moves queued documents into bulk requests of at most maxDocs / maxBytes each. */
  private dispatch(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    while (this.queue.length > 0) {
      const batch: Pending[] = [];
      let bytes = 0;
      while (this.queue.length > 0 && batch.length < this.opts.maxDocs && (batch.length === 0 || bytes + this.queue[0].bytes <= this.opts.maxBytes)) {
        const p = this.queue.shift()!;
        bytes += p.bytes;
        batch.push(p);
      }
      this.queuedBytes -= bytes;
      this.track(this.send(batch));
    }
  }

  private track(work: Promise<void>): void {
    const p = work.finally(() => this.running.delete(p));
    this.running.add(p);
  }

  private async acquireSlot(): Promise<void> {
    while (this.inFlight >= this.opts.concurrency) await new Promise<void>((r) => this.slotWaiters.push(r));
    this.inFlight++;
  }

  private releaseSlot(): void {
    this.inFlight--;
    this.slotWaiters.shift()?.();
  }

  /** Sends one batch, retrying the whole request or only its retryable items with backoff. */
  private async send(batch: Pending[]): Promise<void> {
    let todo = batch;
    while (todo.length > 0) {
      for (const p of todo) p.attempts++;
      const attempt = todo[0].attempts;
      await this.acquireSlot();
      let retry: Pending[] = [];
      try {
        const res = await this.client.bulk(
          { operations: todo.map((p) => p.lines.slice(0, -1)), refresh: this.opts.refresh },
          { maxRetries: 0 }, // retries are ours, per item
        );
        res.items.forEach((item, i) => {
          const p = todo[i];
          const op = item.index!;
          if (!op.error) {
            p.resolve({ id: p.id, result: op.result ?? 'updated', attempts: p.attempts });
          } else if (classifyElasticsearchFailure(op.status, op.error.type) === 'retryable' && p.attempts < this.opts.maxAttempts) {
            retry.push(p);
          } else {
            p.reject(new BulkItemError(p.id, op.status, op.error.type, op.error.reason ?? '', p.attempts));
          }
        });
      } catch (err) {
        // The whole request failed: no response (status 0), throttled, blocked, or refused.
        const e = err as { statusCode?: number; body?: { error?: { type?: string } }; message?: string };
        const status = e.statusCode ?? 0;
        const retryable = classifyError(err) === 'retryable';
        for (const p of todo) {
          if (retryable && p.attempts < this.opts.maxAttempts) retry.push(p);
          else p.reject(new BulkItemError(p.id, status, e.body?.error?.type ?? 'bulk_request_failed', String(e.message ?? err), p.attempts, retryable));
        }
      } finally {
        this.releaseSlot();
      }
      if (retry.length > 0) await sleep(this.backoff(attempt));
      todo = retry;
      retry = [];
    }
  }

  private backoff(attempt: number): number {
    const base = Math.min(this.opts.maxBackoffMs, this.opts.backoffMs * 2 ** (attempt - 1));
    return base / 2 + Math.random() * (base / 2);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
