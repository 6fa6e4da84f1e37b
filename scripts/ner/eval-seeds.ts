/** npm run eval:ner:seeds — document-level P/R/F1 per type on seeds/gold (rules: seeds/README.md); NER_MODEL=path for another model. */
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';

import { createEmbeddedTagger, scoreSeedDocument, seedText, sumSeedScores, type SeedGold } from '@app/tagging';

const goldDir = join(__dirname, '..', '..', 'seeds', 'gold');
const tagger = createEmbeddedTagger({ gazetteerOnly: process.env.NER_GAZETTEER_ONLY === '1', modelPath: process.env.NER_MODEL });
const verbose = process.argv.includes('--verbose');
const docs = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((file) => {
  const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as SeedGold;
  const score = scoreSeedDocument(gold, tagger.tag(seedText(gold)));
  if (verbose) {
    for (const [type, s] of Object.entries(score)) {
      if (s.falsePositiveNames.length || s.missedNames.length) console.log(`${file} ${type} FP: ${s.falsePositiveNames.join(' | ')}  MISSED: ${s.missedNames.join(' | ')}`);
    }
  }
  return score;
});
const totals = sumSeedScores(docs);
for (const [type, s] of Object.entries(totals)) console.log(`${type}\tP=${s.p.toFixed(3)}\tR=${s.r.toFixed(3)}\tF1=${s.f1.toFixed(3)}`);
