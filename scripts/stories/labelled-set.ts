/** The labelled story set (test/fixtures/stories/manifest.json), run through the real strip and tag functions. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { PARAGRAPH_SEPARATOR } from '@app/contracts';
import { stripBoilerplate } from '@app/stripping';
import { createEmbeddedTagger, facetsOf } from '@app/tagging';
import type { StoryInput } from '@app/stories';

const ROOT = join(__dirname, '..', '..');

export interface LabelledDocument extends StoryInput {
  id: string;
  story: string;
  duplicateOf: string | null;
  time: number;
}

interface ManifestEntry {
  file: string;
  story: string;
  date: string;
  duplicateOf?: string;
}

export function loadLabelledSet(): LabelledDocument[] {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/stories/manifest.json'), 'utf8')) as { documents: ManifestEntry[] };
  const tagger = createEmbeddedTagger();
  return manifest.documents.map((entry) => {
    const blocks = readFileSync(join(ROOT, entry.file), 'utf8').split(/\r?\n/).filter((l) => l.trim()).map((text) => ({ text }));
    const article = stripBoilerplate({ blocks });
    const body = article.paragraphs.join(PARAGRAPH_SEPARATOR);
    const facets = facetsOf(tagger.tag(`${article.title ?? ''}\n${body}`));
    return { id: entry.file, story: entry.story, duplicateOf: entry.duplicateOf ?? null, time: Date.parse(entry.date), title: article.title, body, ...facets };
  });
}
