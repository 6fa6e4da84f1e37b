/** tsx scripts/ner/tag-file.ts FILE [MODEL]: prints each entity the tagger finds, with context (for error analysis). */
import { readFileSync } from 'fs';
import { createEmbeddedTagger } from '@app/tagging';

const [file, modelPath] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const tagger = createEmbeddedTagger(modelPath ? { modelPath } : {});
for (const e of tagger.tag(text)) {
  const before = text.slice(Math.max(0, e.start - 25), e.start).replace(/\n/g, ' ');
  const after = text.slice(e.end, e.end + 25).replace(/\n/g, ' ');
  console.log(`${e.type}\t${e.text}\t${e.normalized}\t…${before}[${e.text}]${after}…`);
}
