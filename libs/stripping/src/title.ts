/**
 * Title lines: site-name suffixes ("... - It's Over 9000!", "... | الجزيرة نت") are
 * split off, and repeats of the title are recognised by their comparison key.
 */
import { lineKey } from './boilerplate-lexicon';

// " - ", " – ", " — ", " | ", " :: ", " « ", " » ", " · ": what sites put between title and name.
const SEPARATOR = /\s+(?:[-–—|·•»«]|::)\s+/g;

/** Marks of a media outlet's name: "نيوز", "نت", "TV", "Times". */
const OUTLET_HINT = /(?:^|\s)(?:نيوز|نت|برس|بوست|تايمز|اونلاين|الاخباريه|الاخباري|صحيفه|جريده|موقع|قناه|شبكه|مجله|تي في|tv|news|times|post|press|online|net|media|ميديا)(?:\s|$)/;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

function latinDominant(s: string): boolean {
  const latin = (s.match(/[A-Za-z]/g) ?? []).length;
  const arabic = (s.match(/[\u0600-\u06FF]/g) ?? []).length;
  return latin > arabic;
}

export interface TitleSplit {
  title: string;
  site: string | null;
}

/**
 * Splits a site name off a title line.  The name side must look like one: the
 * known site name, a Latin name on an Arabic title, or an outlet word; and it must
 * be short beside a title of three words or more.  "طهران تنفي ... - It's Over 9000!"
 * -> title "طهران تنفي ...", site "It's Over 9000!".
 */
export function splitSiteName(line: string, knownSite: string | null, otherKeys?: ReadonlySet<string>): TitleSplit {
  const text = line.trim();
  const seps = [...text.matchAll(SEPARATOR)];
  if (seps.length === 0) return { title: text, site: null };
  const knownKey = knownSite ? lineKey(knownSite) : null;
  const looksLikeSite = (part: string, rest: string) => {
    const key = lineKey(part);
    if (key.length === 0 || words(part) > 5 || part.length > 45 || words(rest) < 3) return false;
    if (knownKey && key === knownKey) return true;
    if (otherKeys?.has(lineKey(rest))) return true;
    return (latinDominant(part) && !latinDominant(rest)) || OUTLET_HINT.test(key);
  };
  const last = seps[seps.length - 1];
  const head = text.slice(0, last.index).trim();
  const tail = text.slice(last.index + last[0].length).trim();
  if (looksLikeSite(tail, head)) return { title: head, site: tail };
  const first = seps[0];
  const pre = text.slice(0, first.index).trim();
  const post = text.slice(first.index + first[0].length).trim();
  if (looksLikeSite(pre, post) && (knownKey === lineKey(pre) || otherKeys?.has(lineKey(post)))) return { title: post, site: pre };
  return { title: text, site: null };
}

/** Could this line be a headline?  3-30 words, not ending like a sentence with a full stop or colon. */
export function isTitleLike(text: string): boolean {
  const n = words(text);
  if (n < 3 || n > 30 || text.length > 250) return false;
  return !/[.:：،,؛]["'”»)]?\s*$/.test(text);
}
