/**
 * Canonical names for entity mentions within one document: gazetteer names,
 * one spelling per country, and short forms resolved to full names found earlier.
 */
import { normalizeArabic } from '@app/arabic';
import type { Gazetteer, NerType } from './gazetteer';

export interface Mention {
  type: NerType;
  /** Surface text (proclitics removed). */
  text: string;
  /** Normalised matching key; "للعراق" gives "العراق". */
  key: string;
  /** Filled in by canonicalize. */
  canonical?: string;
}

// Heads an organisation name may be cited with or without: "وكالة تسنيم" = "تسنيم".
const ORG_HEADS = new Set(['وكاله', 'صحيفه', 'قناه', 'موقع', 'تلفزيون', 'اذاعه', 'مجله', 'حركه', 'تنظيم', 'حزب', 'جماعه']);

const withoutArticle = (w: string): string => (w.length > 4 && w.startsWith('ال') ? w.slice(2) : w);

/** Variant keys for a place name spelt with final ا or ة: "سوريه" <-> "سوريا". */
function spellingVariants(key: string): string[] {
  if (key.endsWith('يه')) return [key.slice(0, -1) + 'ا'];
  if (key.endsWith('يا')) return [key.slice(0, -1) + 'ه'];
  return [];
}

function gazetteerName(gaz: Gazetteer, m: Mention): string | undefined {
  const direct = gaz.lookup(m.key, m.type);
  if (direct) return direct.canonical;
  if (m.type === 'LOC') {
    for (const v of spellingVariants(m.key)) {
      const e = gaz.lookup(v, 'LOC');
      if (e) return e.canonical;
    }
  }
  return undefined;
}

/** A name's words, and the same words without the article, for short-form tests. */
interface NameWords {
  words: string[];
  bare: string[];
}

const nameWords = (key: string): NameWords => {
  const words = key.split(' ');
  return { words, bare: words.map(withoutArticle) };
};

/** True when `short` names the same person as `long`: its words end `long` ("الأسد" in "بشار الأسد"). */
function isPersonShortForm(short: NameWords, long: NameWords): boolean {
  const skip = long.bare.length - short.bare.length;
  if (skip <= 0) return false;
  for (let i = 0; i < short.bare.length; i++) if (short.bare[i] !== long.bare[skip + i]) return false;
  return true;
}

/** "الحرس الثوري" for "الحرس الثوري الايراني"; "تسنيم" for "وكالة تسنيم". */
function isOrgShortForm({ words: short }: NameWords, { words: long }: NameWords): boolean {
  if (short.length >= long.length) return false;
  if (long.length === short.length + 1 && ORG_HEADS.has(long[0]) && short.every((w, i) => w === long[i + 1])) return true;
  const extra = long.slice(short.length);
  // The longer form only adds a nisba adjective: "وزارة الدفاع" / "وزارة الدفاع الإيرانية".
  return extra.length === 1 && /^ال.+(يه|ي)$/.test(extra[0]) && short.every((w, i) => w === long[i]);
}

/**
 * Assigns `canonical` to each mention, in document order.  Gazetteer names win;
 * otherwise a short form takes the canonical of a longer mention of the same
 * type elsewhere in the document; otherwise the mention's own text.
 */
export function canonicalize(mentions: Mention[], gaz: Gazetteer): void {
  // Work on distinct (type, key) names: a document repeats its names many times.
  const distinct = new Map<string, Mention>();
  for (const m of mentions) {
    const id = m.type + ':' + m.key;
    if (!distinct.has(id)) distinct.set(id, { ...m });
  }
  const names = [...distinct.values()];
  const longForms: Record<NerType, Array<NameWords & { key: string; canonical: string }>> = { PER: [], ORG: [], LOC: [] };
  for (const m of names) m.canonical = gazetteerName(gaz, m);
  // Longest first, so a short form finds the full names of the document.
  const byLength = names.sort((a, b) => b.key.length - a.key.length);
  for (const m of byLength) {
    const words = nameWords(m.key);
    if (!m.canonical) {
      const test = m.type === 'PER' ? isPersonShortForm : m.type === 'ORG' ? isOrgShortForm : null;
      const long = test ? longForms[m.type].find((l) => test(words, l)) : undefined;
      if (long) m.canonical = long.canonical;
      else if (m.type === 'LOC') {
        const variants = spellingVariants(m.key);
        const twin = longForms.LOC.find((l) => variants.includes(l.key));
        m.canonical = twin ? twin.canonical : m.text;
      } else m.canonical = m.text;
    }
    longForms[m.type].push({ words: words.words, bare: words.bare, key: m.key, canonical: m.canonical });
  }
  for (const m of mentions) m.canonical = distinct.get(m.type + ':' + m.key)!.canonical;
}

/** Matching key of a canonical name, used to deduplicate facets. */
export const facetKey = (name: string): string => normalizeArabic(name);
