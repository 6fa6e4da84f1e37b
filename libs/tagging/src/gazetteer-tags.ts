/** Gazetteer matches as BIO tags per token: a model feature and the gazetteer-only labelling. */
import type { GazetteerMatch } from './gazetteer';

/** Only ambiguous entries ("الهلال" the club or the crescent): the model decides. */
const onlyAmbiguous = (m: GazetteerMatch): boolean => m.entries.every((e) => e.ambiguous);

/**
 * Feature values: "B-ORG"/"I-ORG" for a listed name, lower-case "b-ORG"/"i-ORG" when
 * every entry of the name is ambiguous, so the model weighs the two kinds apart.
 */
export function gazetteerTags(matches: GazetteerMatch[], length: number): string[] {
  const tags: string[] = new Array(length).fill('O');
  for (const m of matches) {
    const type = m.entries[0].type;
    const [b, i] = onlyAmbiguous(m) ? ['b-', 'i-'] : ['B-', 'I-'];
    tags[m.start] = b + type;
    for (let k = m.start + 1; k < m.end; k++) tags[k] = i + type;
  }
  return tags;
}

/** Labels when tagging with gazetteers alone: ambiguous names are left out. */
export function gazetteerLabels(matches: GazetteerMatch[], length: number): string[] {
  return gazetteerTags(matches.filter((m) => !onlyAmbiguous(m)), length);
}

export { onlyAmbiguous };
