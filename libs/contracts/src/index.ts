export * from './queues';
export * from './document';
export * from './jobs';
export * from './status';
export * from './document-id';
