export * from './feed-parser';
export * from './host-gate';
export * from './robots-policy';
export * from './polite-fetcher';
export * from './source-store';
export * from './source-poller';
export * from './source-scheduler';
export * from './sources.module';
