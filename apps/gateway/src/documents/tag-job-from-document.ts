import type { ProcessedDocument, TagJob } from '@app/contracts';

/**
 * The tag stage's input, rebuilt from an indexed document: the stripper's output
 * (title, paragraphs, removed lines, byline, dates) is stored whole in the index, so a
 * document can be re-tagged (after the model improves) without its original bytes,
 * which the pipeline frees once fetched.  The inverse of what TagProcessor assembles.
 */
export function tagJobFromDocument(document: ProcessedDocument): TagJob {
  const { credited, ...source } = document.source;
  return {
    v: 1,
    docId: document.id,
    source,
    encoding: document.encoding ?? 'UTF-8',
    decodingErrors: document.decodingErrors ?? false,
    extraction: document.extraction ?? null,
    article: {
      title: document.title,
      paragraphs: document.paragraphs,
      byline: document.byline,
      author: document.author,
      source: credited ?? null,
      site: document.site,
      publishedAt: document.publishedAt,
      language: document.language,
      removed: document.removed ?? [],
    },
  };
}
