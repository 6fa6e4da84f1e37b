import type { ProcessedDocument } from '@app/contracts';
import { searchTokens } from '@app/arabic';

/** Search fields built in TypeScript (see index-template.ts for why). */
export interface SearchFields {
  /** Title and body, normalised and stemmed. */
  text: string;
  /** Title and body, normalised, not stemmed. */
  exact: string;
  title: string;
  title_exact: string;
}

/** What is stored in Elasticsearch: the processed document plus its search fields. */
export type IndexDocument = ProcessedDocument & { search: SearchFields; indexedAt: string };

/**
 * ProcessedDocument -> Elasticsearch source.  The title is also part of `search.text`
 * so a single-field query finds words of either; `search.title` lets it score higher.
 */
export function toIndexDocument(doc: ProcessedDocument, now: Date = new Date()): IndexDocument {
  const title = doc.title ?? '';
  const body = doc.body ?? doc.paragraphs.join('\n\n');
  const all = `${title}\n${body}`;
  return {
    ...doc,
    search: {
      text: searchTokens(all, { stem: true }),
      exact: searchTokens(all, { stem: false }),
      title: searchTokens(title, { stem: true }),
      title_exact: searchTokens(title, { stem: false }),
    },
    indexedAt: now.toISOString(),
  };
}
