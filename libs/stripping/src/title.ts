/**
 * Title lines: site-name suffixes ("... - It's Over 9000!", "... | الجزيرة نت") are
 * split off, and repeats of the title are recognised by their comparison key.
 */
import { lineKey } from './boilerplate-lexicon';
import { KNOWN_OUTLETS } from './known-outlets';

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
export function splitSiteName(
  line: string,
  knownSite: string | null,
  otherKeys?: ReadonlySet<string>,
  /** Whether the page names this (keyed) site elsewhere: "تابع الوادي على تويتر", "© الوادي". */
  mentioned?: (key: string) => boolean,
): TitleSplit {
  const text = line.trim();
  const seps = [...text.matchAll(SEPARATOR)];
  if (seps.length === 0) return { title: text, site: null };
  const knownKey = knownSite ? lineKey(knownSite) : null;
  const looksLikeSite = (part: string, rest: string) => {
    const key = lineKey(part);
    if (key.length === 0 || words(part) > 5 || part.length > 45 || words(rest) < 3) return false;
    if ((knownKey && key === knownKey) || KNOWN_OUTLETS.has(key)) return true;
    if (otherKeys?.has(lineKey(rest)) || mentioned?.(key)) return true;
    return (latinDominant(part) && !latinDominant(rest)) || OUTLET_HINT.test(key);
  };
  // A pipe is how pages brand titles ("... | الشرق الأوسط"); headlines themselves use dashes.
  const pipeSite = (part: string, rest: string) => words(part) <= 4 && part.length <= 40 && words(rest) >= 4;
  const last = seps[seps.length - 1];
  const head = text.slice(0, last.index).trim();
  const tail = text.slice(last.index + last[0].length).trim();
  if (looksLikeSite(tail, head) || (last[0].trim() === '|' && pipeSite(tail, head))) return { title: head, site: tail };
  const first = seps[0];
  const pre = text.slice(0, first.index).trim();
  const post = text.slice(first.index + first[0].length).trim();
  const preKey = lineKey(pre);
  if (looksLikeSite(pre, post) && (knownKey === preKey || KNOWN_OUTLETS.has(preKey) || otherKeys?.has(lineKey(post)))) {
    return { title: post, site: pre };
  }
  return { title: text, site: null };
}

/** Could this line be a headline?  3-30 words, not ending like a sentence with a full stop or colon. */
export function isTitleLike(text: string): boolean {
  const n = words(text);
  if (n < 3 || n > 30 || text.length > 250) return false;
  return !/[.:：،,؛]["'”»)]?\s*$/.test(text);
}

/**
 * A strip of short segments or a score box, which sports and portal pages set above the
 * headline: "الدوري الممتاز – الجولة 9 – ملعب المدينة", "الفريق الأول 3 - 1 الضيوف".
 */
export function isInfoStrip(text: string): boolean {
  const parts = text.trim().split(/\s+[-–—|•·]\s+/);
  if (parts.length >= 3 && parts.every((p) => words(p) <= 3)) return true;
  return SCORE_BOX.test(text.trim());
}
/** "Team 3 - 1 Team", "الأهلي 2:0 الزمالك". */
const SCORE_BOX = /^\S+(?:\s+\S+){0,2}\s+\d{1,2}\s*[-–:]\s*\d{1,2}\s+\S+(?:\s+\S+){0,2}$/;

/**
 * Content words of a text for overlap scores: letters folded (أ إ آ -> ا, ى -> ي,
 * ة -> ه), common proclitics and the article dropped, words under 3 letters ignored.
 */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  let word = '';
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 0x623 || c === 0x625 || c === 0x622) word += 'ا';
    else if (c === 0x649) word += 'ي';
    else if (c === 0x629) word += 'ه';
    else if ((c >= 0x621 && c <= 0x64a && c !== 0x640) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) word += text[i];
    else if (c >= 0x41 && c <= 0x5a) word += String.fromCharCode(c + 32);
    else if (c === 32 || c === 10 || c === 9 || c === 0xa0) {
      if (word.length >= 3) {
        const bare = word.replace(PROCLITICS, '');
        if (bare.length >= 3) out.add(bare);
      }
      word = '';
    }
  }
  return out;
}

const PROCLITICS = /^(?:وال|بال|كال|فال|لل|ال|و)/;
