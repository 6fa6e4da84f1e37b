import type { StrippedArticle } from '@app/contracts';

/** Why an article should not be indexed; the status of the document carries it. */
export type StripRejection = 'empty_input' | 'empty_after_stripping' | 'not_arabic';

export type StripOutcome = { ok: true } | { ok: false; reason: StripRejection };

/**
 * Whether a stripped article is worth indexing: an empty page, a page of
 * boilerplate only, or a page in another language is rejected with its reason.
 */
export function stripOutcome(article: StrippedArticle): StripOutcome {
  if (article.paragraphs.length === 0) {
    const hadText = article.title !== null || article.removed.some((r) => r.reason !== 'empty');
    return { ok: false, reason: hadText ? 'empty_after_stripping' : 'empty_input' };
  }
  if (article.language !== 'ar') return { ok: false, reason: 'not_arabic' };
  return { ok: true };
}
