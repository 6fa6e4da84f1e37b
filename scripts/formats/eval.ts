/**
 * Quality per format: every document in test/fixtures/formats (rendered from the seeds by
 * make-fixtures.py) split and read as an upload is, its body scored against the seed's gold
 * (token F1, gold words missing, words reversed). Target F1 >= 0.98. Run: npm run eval:formats
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument, splitDocuments } from '../../libs/formats/src';
import { scoreBody, seedGold } from '../../test/support/body-score';

const DIR = join(__dirname, '..', '..', 'test', 'fixtures', 'formats');
const manifest: Record<string, any> = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));

/** The seed each unit split out of a fixture was made from: the file's, its attachment's, or its record's. */
function seedOf(file: string, unit: string, index: number): string | null {
  const entry = manifest[file];
  if (entry.records) return entry.records[index]?.seed ?? null;
  if (unit !== file && entry.attachment) return manifest[entry.attachment.as].seed;
  return entry.seed ?? null;
}

async function main() {
  let worst = 1;
  for (const file of Object.keys(manifest).filter((f) => !manifest[f].messages)) {
    const { units, rejected } = await splitDocuments(readFileSync(join(DIR, file)), file);
    for (const r of rejected) console.log(`${r.name.padEnd(48)} refused ${r.status} ${r.reason ?? ''}`);
    for (const [i, unit] of units.entries()) {
      const seed = seedOf(file, unit.name, i);
      if (!seed) continue;
      const doc = await readDocument(unit.bytes, unit.name);
      const body = doc.blocks.filter((b) => b.text !== doc.meta.title).map((b) => b.text).join('\n');
      const s = scoreBody(body, seedGold(seed).body);
      worst = Math.min(worst, s.f1);
      console.log(`${unit.name.padEnd(48)} F1 ${s.f1.toFixed(4)}  missing ${s.missing.length}  reversed ${s.reversed.length}`);
    }
  }
  console.log(`lowest F1 ${worst.toFixed(4)}; target 0.98: ${worst >= 0.98 ? 'met' : 'NOT met'}`);
}

void main();
