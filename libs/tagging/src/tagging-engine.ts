/** The tagging API other modules depend on: an engine interface and the embedded default. */
import type { Entity } from '@app/contracts';
import { EmbeddedTagger, type EmbeddedTaggerOptions } from './embedded-tagger';
import { facetKey } from './canonical';

export interface TaggingEngine {
  /** Entities of `text`, ordered by start; offsets are UTF-16 indices into `text`. */
  tag(text: string): Entity[];
}

export type { EmbeddedTaggerOptions };

/** The in-process tagger: loads the model and gazetteers once (well under a second). */
export function createEmbeddedTagger(options: EmbeddedTaggerOptions = {}): TaggingEngine {
  return new EmbeddedTagger(options);
}

export interface Facets {
  persons: string[];
  organizations: string[];
  locations: string[];
}

/** One canonical name per entity, deduplicated on the normalised form, in order of first mention. */
export function facetsOf(entities: Entity[]): Facets {
  const facets: Facets = { persons: [], organizations: [], locations: [] };
  const seen = new Set<string>();
  for (const e of entities) {
    const list = e.type === 'PER' ? facets.persons : e.type === 'ORG' ? facets.organizations : e.type === 'LOC' ? facets.locations : null;
    if (!list) continue;
    const key = `${e.type}:${facetKey(e.normalized)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    list.push(e.normalized);
  }
  return facets;
}
