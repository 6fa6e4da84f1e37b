export * from './redis-options';
export * from './job-policy';
export * from './redis-keys';
export * from './status-store';
export * from './blob-store';
export * from './pipeline-producer';
export * from './pipeline-queues.module';
export * from './stage-processor';
