export * from './normalize';
export * from './stem';
export * from './search-terms';
export * from './dates';
export * from './function-words';
