export * from './fingerprint';
export * from './story-features';
export * from './story-rules';
export * from './assign-story';
