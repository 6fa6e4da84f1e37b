/**
 * The site's name as its masthead gives it: the page's first line, when it is a short
 * name ("بوابة الأوقاف", "قناة الوادي الجديدة") carrying an outlet or institution word
 * or named again further down the page (copyright, body).
 */
import { lineKey } from './boilerplate-lexicon';
import type { Line } from './page-lines';

/** Words that open the name of an outlet or of an institution that publishes its own news. */
const NAME_WORDS = new Set(
  [
    'بوابة', 'موقع', 'صحيفة', 'جريدة', 'مجلة', 'قناة', 'شبكة', 'وكالة', 'إذاعة', 'راديو', 'تلفزيون', 'منصة', 'وزارة', 'هيئة',
    'جامعة', 'نادي', 'مركز', 'مرصد', 'دار', 'مؤسسة', 'اتحاد', 'نقابة', 'بلدية', 'نيوز', 'برس', 'بوست', 'تايمز', 'أونلاين',
  ].map(lineKey),
);
const MAX_WORDS = 5;

export function mastheadName(lines: Line[]): string | null {
  const first = lines.find((l) => l.reason !== 'empty');
  if (!first || first.f.words < 2 || first.f.words > MAX_WORDS || first.f.digits > 0 || !first.key) return null;
  // A name has no punctuation and is kept as no part of the article.
  if (/[.،,:؛!?؟|»«"()\-–—/]/.test(first.text) || first.reason === null) return null;
  if (first.reason !== 'header' && first.reason !== 'site-name') return null;
  const words = first.key.split(' ');
  if (words.some((w) => NAME_WORDS.has(w))) return first.text.trim();
  const padded = ` ${first.key} `;
  const again = lines.some((l) => l !== first && l.key && ` ${l.key} `.includes(padded));
  return again ? first.text.trim() : null;
}

/** The masthead's fuller spelling of a name found elsewhere: "الوادي" -> "قناة الوادي". */
export function fullerName(site: string, masthead: string | null): string {
  if (!masthead) return site;
  const s = lineKey(site);
  const m = lineKey(masthead);
  return m !== s && m.endsWith(` ${s}`) && NAME_WORDS.has(m.slice(0, m.length - s.length - 1)) ? masthead : site;
}
