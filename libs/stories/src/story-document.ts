import type { ProcessedDocument } from '@app/contracts';
import { decodeSignature, encodeSignature, fingerprint } from './fingerprint';
import { storyFeatures } from './story-features';
import type { LinkedDocument, StoryLinks } from './assign-story';
import type { ComparableDocument } from './story-rules';

/** What the indexer stores beside a document so later documents can be compared with it. */
export interface StoryFields {
  storyId: string;
  /** The earliest document this one copies or lightly rewrites; null for an original. */
  duplicateOf: string | null;
  story: {
    /** Key terms (stemmed), queried to find reports of the same story. */
    terms: string[];
    /** MinHash LSH band keys, queried to find copies. */
    bands: string[];
    /** The MinHash signature (base64), read back to verify a copy. */
    signature: string;
    /** When the report says it was published (the story window is measured on it), or null. */
    time: string | null;
  };
}

/** The time a story is measured on: the stated publication date when it parses, else null. */
export function storyTime(doc: Pick<ProcessedDocument, 'publishedAt'>): number | null {
  const published = doc.publishedAt ? Date.parse(doc.publishedAt) : NaN;
  return Number.isFinite(published) ? published : null;
}

/** A document in comparable form, with its LSH band keys. */
export function comparableOf(doc: ProcessedDocument): { comparable: ComparableDocument; bands: string[] } {
  const { signature, bands } = fingerprint(doc.body);
  return { comparable: { id: doc.id, signature, features: storyFeatures(doc), time: storyTime(doc) }, bands };
}

export function storyFields(doc: ComparableDocument, bands: string[], links: StoryLinks): StoryFields {
  return {
    storyId: links.storyId,
    duplicateOf: links.duplicateOf,
    story: {
      terms: doc.features.terms,
      bands,
      signature: doc.signature ? encodeSignature(doc.signature) : '',
      time: doc.time === null ? null : new Date(doc.time).toISOString(),
    },
  };
}

/** An indexed document's stored fields, back in comparable form. */
export function linkedFromSource(id: string, source: Partial<ProcessedDocument & StoryFields>): LinkedDocument | null {
  if (!source.story || !source.storyId) return null;
  const entities = [
    ...(source.persons ?? []).map((n) => `PER:${n}`),
    ...(source.organizations ?? []).map((n) => `ORG:${n}`),
    ...(source.locations ?? []).map((n) => `LOC:${n}`),
  ];
  return {
    id,
    signature: source.story.signature ? decodeSignature(source.story.signature) : null,
    features: { entities, terms: source.story.terms ?? [] },
    time: source.story.time ? Date.parse(source.story.time) : null,
    storyId: source.storyId,
    duplicateOf: source.duplicateOf ?? null,
  };
}
