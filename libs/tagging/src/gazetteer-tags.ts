/** Gazetteer matches as BIO tags per token: a model feature and the gazetteer-only labelling. */
import type { GazetteerMatch } from './gazetteer';

export function gazetteerTags(matches: GazetteerMatch[], length: number): string[] {
  const tags: string[] = new Array(length).fill('O');
  for (const m of matches) {
    const type = m.entries[0].type;
    tags[m.start] = `B-${type}`;
    for (let i = m.start + 1; i < m.end; i++) tags[i] = `I-${type}`;
  }
  return tags;
}
