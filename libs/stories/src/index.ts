export * from './fingerprint';
export * from './story-features';
export * from './story-rules';
export * from './assign-story';
export * from './story-document';
export * from './recent-documents';
export * from './story-linker';
