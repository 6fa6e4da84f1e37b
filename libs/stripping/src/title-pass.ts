/**
 * Pass 3, the title: the meta title matched to its line, the <h1>, or the headline-like
 * line above the body that shares most words with the lede.  Repeats of the title and
 * the title with a site-name suffix are dropped; the suffix names the site.
 */
import { normalizeArabic } from '@app/arabic';
import type { FetchedMeta } from '@app/contracts';
import { keyOfNormalized } from './boilerplate-lexicon';
import { drop, type Line, type PageFacts } from './page-lines';
import { contentWords, isInfoStrip, isTitleLike, splitSiteName } from './title';

const keyOf = (text: string) => keyOfNormalized(normalizeArabic(text));
const HEADLINE_TAGS = new Set(['h1', 'h2', 'h3']);
/** Furniture that names the site ("تابع الوادي على تويتر", "© 2024 الوادي"); tags lines name places instead. */
const NAMES_SITE = new Set(['follow-us', 'copyright', 'dateline', 'byline', 'source-credit', 'newsletter', 'app-promo', 'contact']);

/** The title, and the index of the line it was read from (-1 when it came from metadata or nowhere). */
export function findTitle(lines: Line[], meta: FetchedMeta, facts: PageFacts): { title: string | null; line: number } {
  const firstGood = lines.findIndex((l) => l.reason === null && l.good);
  const beforeBody = firstGood < 0 ? lines.length : firstGood;
  const keysBefore = new Set(lines.slice(0, beforeBody).filter((l) => l.key).map((l) => l.key));
  let title: string | null = null;
  let titleKey: string | null = null;
  let titleLine = -1;
  const take = (l: Line, text: string, siteName: string | null) => {
    drop(l, siteName ? 'title-with-site-name' : 'title');
    title = text;
    titleLine = l.index;
    titleKey = keyOf(text);
    if (siteName) facts.site ??= siteName;
  };
  // The site's name as the page gives it elsewhere, to recognise it after a title.
  const knownSite = facts.site ?? facts.followSite ?? facts.copyrightSite ?? facts.datelineSite;
  const furniture = lines.filter((l) => l.reason !== null && l.key && NAMES_SITE.has(l.reason)).map((l) => ` ${l.key} `);
  const mentioned = (key: string) => furniture.some((f) => f.includes(` ${key} `));
  const takeLine = (l: Line) => {
    const split = splitSiteName(l.text, knownSite, keysBefore, mentioned);
    take(l, split.title, split.site);
  };

  const h1 = lines.find((l) => l.tag === 'h1' && (l.reason === null || l.reason === 'duplicate') && isTitleLike(l.text));
  const metaTitle = meta.ogTitle?.trim() || meta.title?.trim() || null;
  if (metaTitle) {
    // The page's own headline line is preferred to the meta title (which sites shorten or brand).
    const split = splitSiteName(metaTitle, knownSite, keysBefore, mentioned);
    if (split.site) facts.site ??= split.site;
    const metaKey = keyOf(split.title);
    const fullKey = keyOf(metaTitle);
    const match = lines.find((l) => l.key && (l.key === metaKey || l.key === fullKey) && !l.good);
    if (match) take(match, match.key === metaKey ? match.text : split.title, match.key === metaKey ? null : split.site);
    else if (h1) takeLine(h1);
    else {
      title = split.title;
      titleKey = metaKey;
    }
  } else {
    const candidates = lines.slice(0, beforeBody).filter((l) => l.reason === null && isTitleLike(l.text) && !isInfoStrip(l.text));
    if (h1 && !candidates.includes(h1)) candidates.unshift(h1);
    const pick = bestTitleCandidate(candidates, lines);
    if (pick) takeLine(pick);
  }
  if (titleKey) dropTitleRepeats(lines, titleKey, beforeBody, facts);
  return { title, line: titleLine };
}

/** Other lines that are the title again, bare or with a site-name suffix. */
function dropTitleRepeats(lines: Line[], titleKey: string, beforeBody: number, facts: PageFacts): void {
  for (const l of lines) {
    if (l.good || !l.key) continue;
    if (l.key === titleKey) drop(l, 'title');
    else if (l.key.startsWith(titleKey) && l.reason === null && l.index < beforeBody) {
      const split = splitSiteName(l.text, facts.site, new Set([titleKey]));
      if (split.site && keyOf(split.title) === titleKey) {
        drop(l, 'title-with-site-name');
        facts.site ??= split.site;
      }
    }
  }
}

/**
 * Among headline-like lines above the body, the one sharing most words with the first
 * paragraphs: a title restates the lede, while a caption, ticker, slogan or a logo in
 * <h1> does not.  Headline tags, four words or more, and an earlier place break ties.
 */
function bestTitleCandidate(candidates: Line[], lines: Line[]): Line | undefined {
  if (candidates.length <= 1) return candidates[0];
  const lead = lines.filter((l) => l.reason === null && l.good).slice(0, 2);
  const body = contentWords(lead.map((l) => l.text).join(' '));
  // Pages repeat their headline (the <title> with the site name, the <h1>, a breadcrumb).
  const keys = lines.filter((l) => l.key).map((l) => l.key);
  let best: Line | undefined;
  let bestScore = -1;
  for (const c of candidates) {
    let shared = 0;
    for (const w of contentWords(c.text)) if (body.has(w)) shared++;
    const repeated = c.key ? keys.filter((k) => k !== c.key && k.includes(c.key)).length + keys.filter((k) => k === c.key).length - 1 : 0;
    const score =
      shared * 4 + Math.min(repeated, 2) * 6 + (c.tag === 'h1' ? 3 : c.tag && HEADLINE_TAGS.has(c.tag) ? 2 : 0) + (c.f.words >= 4 ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
}
