import { Gauge, register } from 'prom-client';
import type { Queue } from 'bullmq';

const STATES = ['waiting', 'active', 'completed', 'failed', 'delayed'] as const;
const watched = new Map<string, Queue>();

// Read from Redis at scrape time, so the figures are the queue's, not this process's.
new Gauge({
  name: 'pipeline_queue_jobs',
  help: 'Jobs in each queue by state',
  labelNames: ['queue', 'state'] as const,
  registers: [register],
  async collect() {
    this.reset();
    for (const [name, queue] of watched) {
      const counts = await queue.getJobCounts(...STATES);
      for (const state of STATES) this.set({ queue: name, state }, counts[state] ?? 0);
    }
  },
});

/** Adds queues to the /metrics job counts. */
export function watchQueues(queues: Queue[]): void {
  for (const queue of queues) watched.set(queue.name, queue);
}
