import { estimatedJaccard } from './fingerprint';
import { DUPLICATE_JACCARD, storyScore, STORY_SCORE, type ComparableDocument } from './story-rules';

/** An earlier document as the linker finds it: comparable, with the links it was given. */
export interface LinkedDocument extends ComparableDocument {
  storyId: string;
  duplicateOf: string | null;
}

export interface StoryLinks {
  /** The story this document belongs to: an earlier document's story, or its own id. */
  storyId: string;
  /** The earliest document this one copies (or lightly rewrites), if any. */
  duplicateOf: string | null;
  /**
   * Other stories this document also belongs to: it bridges them, so they are one story
   * now and take `storyId` (single-link grouping, whatever order the reports arrive in).
   */
  merged: string[];
}

/**
 * Links a new document to the best of the earlier ones it is compared with. Incremental:
 * a story is named after its first document; when a new report bridges two stories, the
 * others are renamed to the best one's id (see StoryLinks.merged).
 */
export function assignStory(doc: ComparableDocument, earlier: readonly LinkedDocument[]): StoryLinks {
  let bestCopy: LinkedDocument | null = null;
  let bestCopyJaccard = DUPLICATE_JACCARD;
  let bestStory: LinkedDocument | null = null;
  let bestScore = STORY_SCORE;
  const matched = new Set<string>();
  for (const other of earlier) {
    if (other.id === doc.id) continue;
    if (doc.signature && other.signature) {
      const jaccard = estimatedJaccard(doc.signature, other.signature);
      if (jaccard >= bestCopyJaccard) {
        bestCopy = other;
        bestCopyJaccard = jaccard;
      }
    }
    const score = storyScore(doc, other);
    if (score >= STORY_SCORE) matched.add(other.storyId);
    if (score >= bestScore) {
      bestStory = other;
      bestScore = score;
    }
  }
  const story = bestCopy ?? bestStory;
  const storyId = story ? story.storyId : doc.id;
  matched.delete(storyId);
  return {
    storyId,
    duplicateOf: bestCopy ? (bestCopy.duplicateOf ?? bestCopy.id) : null,
    merged: [...matched].sort(),
  };
}
