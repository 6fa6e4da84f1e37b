export * from './index-names';
export * from './index-template';
export * from './es-client';
export * from './to-index-document';
