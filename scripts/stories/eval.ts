/**
 * npm run eval:stories — pairwise precision and recall of story grouping and of
 * near-duplicate detection on the labelled set, documents linked one by one in arrival
 * order with the same functions the indexer uses, and the cost per document.
 */
import { performance } from 'perf_hooks';
import { assignStory, fingerprint, storyFeatures, type LinkedDocument } from '@app/stories';
import { loadLabelledSet } from './labelled-set';

const docs = loadLabelledSet();
const linked: LinkedDocument[] = [];
let featureMs = 0;
let assignMs = 0;
for (const doc of docs) {
  const t0 = performance.now();
  const comparable = { id: doc.id, signature: fingerprint(doc.body).signature, features: storyFeatures(doc), time: doc.time };
  const t1 = performance.now();
  const links = assignStory(comparable, linked);
  assignMs += performance.now() - t1;
  featureMs += t1 - t0;
  linked.push({ ...comparable, ...links });
}

function pairwise(same: (i: number, j: number) => boolean, gold: (i: number, j: number) => boolean) {
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const s = same(i, j), g = gold(i, j);
      if (s && g) tp++;
      else if (s) fp++;
      else if (g) fn++;
    }
  }
  const p = tp + fp ? tp / (tp + fp) : 1, r = tp + fn ? tp / (tp + fn) : 1;
  return { tp, fp, fn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const root = (i: number) => docs[i].duplicateOf ?? docs[i].id;
const stories = pairwise((i, j) => linked[i].storyId === linked[j].storyId, (i, j) => docs[i].story === docs[j].story);
const copies = pairwise(
  (i, j) => (linked[i].duplicateOf ?? linked[i].id) === (linked[j].duplicateOf ?? linked[j].id),
  (i, j) => root(i) === root(j),
);
const fmt = (s: ReturnType<typeof pairwise>) => `P ${s.p.toFixed(3)}  R ${s.r.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (pairs: ${s.tp} right, ${s.fp} wrong, ${s.fn} missed)`;
const goldStories = new Set(docs.map((d) => d.story)).size;
console.log(`${docs.length} documents, ${goldStories} gold stories (${docs.length - goldStories} documents join an earlier one)`);
console.log(`stories      ${fmt(stories)}`);
console.log(`duplicates   ${fmt(copies)}`);
if (process.argv.includes('--verbose')) {
  for (let i = 0; i < docs.length; i++) {
    const mates = linked.filter((l, j) => j !== i && l.storyId === linked[i].storyId).map((l) => l.id.split('/').pop());
    if (mates.length || docs.filter((d) => d.story === docs[i].story).length > 1) console.log(`${docs[i].id.split('/').pop()} [${docs[i].story}] -> ${mates.join(', ')}`);
  }
}
console.log(`cost per document: fingerprint + features ${(featureMs / docs.length).toFixed(3)} ms, linking against ${docs.length} earlier at most ${(assignMs / docs.length).toFixed(3)} ms`);
