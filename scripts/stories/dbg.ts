import { keyTerms, overlap, sharedEntities, storyFeatures } from '@app/stories';
import { loadLabelledSet } from './labelled-set';
const docs = loadLabelledSet();
for (const k of [16, 24, 32, 48]) {
  const f = docs.map(d => ({ entities: storyFeatures(d).entities, terms: keyTerms(`${d.title ?? ''}\n${d.title ?? ''}\n${d.body}`, k) }));
  const score = (i: number, j: number) => { const e = sharedEntities(f[i].entities, f[j].entities); if (e.weight < 2) return 0; return Math.sqrt(e.share * overlap(f[i].terms, f[j].terms)); };
  // single-link: each gold doc's best score to a gold mate; negatives: best score to a non-mate
  let worstGold = 1, worstGoldDoc = '', bestNeg = 0, bestNegPair = '';
  for (let i = 0; i < docs.length; i++) {
    let bestMate = -1;
    for (let j = 0; j < docs.length; j++) { if (i === j) continue; const s = score(i, j);
      if (docs[i].story === docs[j].story) bestMate = Math.max(bestMate, s);
      else if (s > bestNeg) { bestNeg = s; bestNegPair = `${docs[i].id.split('/').pop()}~${docs[j].id.split('/').pop()}`; } }
    if (bestMate >= 0 && bestMate < worstGold) { worstGold = bestMate; worstGoldDoc = docs[i].id.split('/').pop()!; }
  }
  console.log(`terms=${k} worst gold single-link ${worstGold.toFixed(3)} (${worstGoldDoc}) best negative ${bestNeg.toFixed(3)} (${bestNegPair})`);
}
