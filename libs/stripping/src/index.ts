export * from './strip';
export * from './outcome';
export * from './site-history';
export * from './redis-site-history';
export * from './stripping.module';
export { matchLexicon, lineKey, type BoilerplateKind, type LexiconHit } from './boilerplate-lexicon';
export { parseByline, type BylineInfo } from './byline';
export { detectLanguage } from './language';
export { splitGluedHeading } from './glued-paragraphs';
