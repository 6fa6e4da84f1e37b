/** Turns uploads and URLs into decoded text blocks with metadata (see README.md). */
export * from './errors';
export * from './sniff';
export * from './decode';
export * from './html-extract';
export * from './json-documents';
export * from './zip';
export * from './fetch-url';
export * from './address-policy';
export * from './to-document';
