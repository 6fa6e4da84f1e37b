import type { Queue } from 'bullmq';

/** BullMQ queue of source polls; its job schedulers are the sources' timetables. */
export const SOURCES_QUEUE = 'sources';

export interface PollJob {
  sourceId: string;
}

/**
 * Each source is one BullMQ job scheduler: Redis holds the timetable, so it survives
 * restarts, and each tick is one job, so a source is polled once however many
 * fetchers run.
 */
export class SourceScheduler {
  constructor(private readonly queue: Queue<PollJob>) {}

  /** Creates or re-times a source's schedule (an `every` scheduler's first poll runs at once). */
  async schedule(sourceId: string, intervalMinutes: number): Promise<void> {
    await this.queue.upsertJobScheduler(
      schedulerId(sourceId),
      { every: Math.round(intervalMinutes * 60_000) },
      { name: 'poll', data: { sourceId }, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
  }

  async unschedule(sourceId: string): Promise<void> {
    await this.queue.removeJobScheduler(schedulerId(sourceId));
  }

  /** One extra poll now, beside the schedule. */
  async pollNow(sourceId: string): Promise<void> {
    await this.queue.add('poll', { sourceId }, { removeOnComplete: 100, removeOnFail: 100 });
  }
}

function schedulerId(sourceId: string): string {
  return `source:${sourceId}`;
}
