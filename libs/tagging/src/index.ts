export { createEmbeddedTagger, facetsOf, type Facets, type TaggingEngine, type EmbeddedTaggerOptions } from './tagging-engine';
export { MAX_TAG_CHARS } from './embedded-tagger';
export { scoreSeedDocument, sumSeedScores, seedText, type SeedGold, type TypeScore } from "./seed-scorer";
export { TaggingModule, TAGGING_ENGINE, type ConfiguredTaggingEngine } from './tagging.module';
export { HttpTaggingEngine } from './http-tagging-engine';
