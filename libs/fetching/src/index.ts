export * from './errors';
export * from './sniff';
export * from './decode';
export * from './html-extract';
