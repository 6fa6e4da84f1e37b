/**
 * Bylines that are a bare name: right under the title ("رنا الحديد") or among the
 * first lines after the article.  Only read when no labelled credit gave the author.
 */
import { isBareName } from './byline';
import type { Line, PageFacts } from './page-lines';

/** Lines after the article looked at for a signature. */
const FOOTER_LINES = 3;
const TITLE_REASONS = new Set(['title', 'title-with-site-name', 'duplicate']);

export function findBareNameByline(lines: Line[], titleLine: number, facts: PageFacts): void {
  if (facts.author) return;
  const sign = (l: Line) => {
    l.reason = 'byline';
    facts.author = l.text.trim();
    facts.authorLine ??= l.text;
  };
  if (titleLine >= 0) {
    for (let i = titleLine + 1; i < lines.length; i++) {
      const l = lines[i];
      if (l.reason !== null && TITLE_REASONS.has(l.reason)) continue;
      if (l.reason === 'header' && isBareName(l.text)) return sign(l);
      break;
    }
  }
  // After the article, a signature is followed by page furniture only: a two-word label
  // heading a list of headlines ("قصص مقترحة" then titles) is not one.
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.reason !== 'footer') continue;
    if (isBareName(l.text) && lines.slice(i + 1).every((n) => n.reason !== null && n.reason !== 'footer' && n.reason !== 'header')) {
      return sign(l);
    }
    if (++seen >= FOOTER_LINES) return;
  }
}
