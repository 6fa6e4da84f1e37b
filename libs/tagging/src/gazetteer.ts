/**
 * Gazetteers: hand-written lists of well-known places, people and organisations
 * (libs/tagging/gazetteers/*.tsv: `type<TAB>canonical<TAB>variant|variant`).
 * They give the model a feature and give entities their canonical names.
 */
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { normalizeArabic } from '@app/arabic';
import { cliticSplits } from './clitics';

export type NerType = 'PER' | 'ORG' | 'LOC';

export interface GazetteerEntry {
  type: NerType;
  canonical: string;
  /** The name is also an ordinary word ("الهلال", "الشمال"): a model feature only, never filled in on its own. */
  ambiguous?: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries?: GazetteerEntry[];
  /** The normalised name ending here (set with entries). */
  key?: string;
}

/** A gazetteer name found in a token sequence: tokens [start, end), first token cut by `cut` letters. */
export interface GazetteerMatch {
  start: number;
  end: number;
  cut: number;
  /** The listed name matched, normalised ("للعراق" -> "العراق"). */
  key: string;
  entries: GazetteerEntry[];
}

export const GAZETTEER_DIR = join(__dirname, '..', 'gazetteers');

export class Gazetteer {
  private readonly root: TrieNode = { next: new Map() };
  /** Normalised name -> entries (one name may be listed under two types). */
  readonly byName = new Map<string, GazetteerEntry[]>();
  /** Normalised first tokens of all names, to tell "بوتين" (a name) from ب + "وتين". */
  readonly firstTokens = new Set<string>();
  size = 0;
  /**
   * Names read as ambiguous whatever their file says: listed names that the training text
   * shows to be mostly ordinary words ("أفاد" the verb, not the Turkish agency AFAD); see common-names.ts.
   */
  private ordinaryWords: ReadonlySet<string> = new Set();

  treatAsAmbiguous(names: ReadonlySet<string>): void {
    this.ordinaryWords = names;
  }

  get namesTreatedAsAmbiguous(): ReadonlySet<string> {
    return this.ordinaryWords;
  }

  add(type: NerType, canonical: string, variants: string[], ambiguous = false): void {
    this.addKeys(type, canonical, [canonical, ...variants].map((n) => normalizeArabic(n)), ambiguous);
  }

  /** Like add, with names already normalised (space-separated words). */
  addKeys(type: NerType, canonical: string, keys: string[], ambiguous = false): void {
    const entry: GazetteerEntry = ambiguous ? { type, canonical, ambiguous } : { type, canonical };
    this.size++;
    for (const key of keys) {
      if (!key) continue;
      const list = this.byName.get(key) ?? [];
      if (!list.some((e) => e.type === type)) list.push(entry);
      this.byName.set(key, list);
      const words = key.split(' ');
      this.firstTokens.add(words[0]);
      let node = this.root;
      for (const w of words) {
        let child = node.next.get(w);
        if (!child) node.next.set(w, (child = { next: new Map() }));
        node = child;
      }
      node.entries = list;
      node.key = key;
    }
    this.startCache.clear();
  }

  /** Entries for an exact normalised name, optionally of one type. */
  lookup(key: string, type?: NerType): GazetteerEntry | undefined {
    const list = this.byName.get(key);
    if (!list) return undefined;
    return type ? list.find((e) => e.type === type) : list[0];
  }

  /**
   * Longest gazetteer names in a sequence of normalised tokens, left to right,
   * non-overlapping.  The first token may carry proclitics: "وبغداد" matches بغداد.
   */
  matchAll(words: string[]): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    let i = 0;
    while (i < words.length) {
      const m = this.longestAt(words, i);
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }

  /** Per word: whether any reading of it starts a name (most words start none). */
  private readonly startCache = new Map<string, boolean>();

  private startsName(word: string): boolean {
    let yes = this.startCache.get(word);
    if (yes === undefined) {
      yes = cliticSplits(word).some((s) => this.root.next.has(s.rest));
      if (this.startCache.size >= 200_000) this.startCache.clear();
      this.startCache.set(word, yes);
    }
    return yes;
  }

  private longestAt(words: string[], i: number): GazetteerMatch | undefined {
    if (!this.startsName(words[i])) return undefined;
    let best: GazetteerMatch | undefined;
    for (const split of cliticSplits(words[i])) {
      let node = this.root.next.get(split.rest);
      let j = i + 1;
      while (node) {
        if (node.entries && (!best || j > best.end || (j === best.end && split.cut < best.cut))) {
          const key = node.key!;
          best = { start: i, end: j, cut: split.cut, key, entries: this.ordinaryWords.has(key) ? asAmbiguous(node.entries) : node.entries };
        }
        if (j >= words.length) break;
        node = node.next.get(words[j]);
        j++;
      }
    }
    return best;
  }
}

/**
 * Parses one TSV file's content into the gazetteer: `type<TAB>canonical[<TAB>variants[<TAB>ambiguous]]`,
 * variants `|`-separated; '#' lines are comments.
 */
export function parseGazetteerTsv(gaz: Gazetteer, content: string, source = 'tsv'): void {
  content.split('\n').forEach((line, n) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [type, canonical, variants, flag] = line.replace(/\r$/, '').split('\t');
    if ((type !== 'PER' && type !== 'ORG' && type !== 'LOC') || !canonical || (flag && flag.trim() !== 'ambiguous')) {
      throw new Error(`${source}:${n + 1}: expected "PER|ORG|LOC<TAB>canonical[<TAB>variants[<TAB>ambiguous]]"`);
    }
    gaz.add(type, canonical.trim(), variants ? variants.split('|').map((v) => v.trim()).filter(Boolean) : [], flag?.trim() === 'ambiguous');
  });
}

/** Loads every .tsv file of a directory (default: the shipped gazetteers). */
export function loadGazetteer(dir = GAZETTEER_DIR): Gazetteer {
  const gaz = new Gazetteer();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
    parseGazetteerTsv(gaz, readFileSync(join(dir, file), 'utf8'), file);
  }
  return gaz;
}

// One flagged copy per entry list, so matching allocates nothing per match.
const ambiguousCopies = new WeakMap<GazetteerEntry[], GazetteerEntry[]>();
function asAmbiguous(entries: GazetteerEntry[]): GazetteerEntry[] {
  let copy = ambiguousCopies.get(entries);
  if (!copy) ambiguousCopies.set(entries, (copy = entries.map((e) => ({ ...e, ambiguous: true }))));
  return copy;
}
