import { Counter, Histogram, register } from 'prom-client';

const stageDuration = new Histogram({
  name: 'pipeline_stage_duration_seconds',
  help: 'Time a stage worker spent on one job',
  labelNames: ['stage', 'outcome'] as const,
  buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [register],
});

const jobsProcessed = new Counter({
  name: 'pipeline_jobs_processed_total',
  help: 'Jobs a stage worker finished, by outcome',
  labelNames: ['stage', 'outcome'] as const,
  registers: [register],
});

/** Per-stage processing metrics, recorded by every stage worker. */
export const stageMetrics = {
  observe(stage: string, outcome: 'completed' | 'failed', seconds: number): void {
    stageDuration.observe({ stage, outcome }, seconds);
    jobsProcessed.inc({ stage, outcome });
  },
};
