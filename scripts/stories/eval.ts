/**
 * npm run eval:stories — pairwise precision and recall of story grouping and of
 * near-duplicate detection on the labelled set, documents linked one by one in arrival
 * order with the same functions the indexer uses; then the same over 20 shuffled
 * arrival orders (grouping must not depend on which report comes first).
 */
import { assignStory, fingerprint, storyFeatures, type LinkedDocument } from '@app/stories';
import { loadLabelledSet, type LabelledDocument } from './labelled-set';

interface Pairwise { tp: number; fp: number; fn: number; p: number; r: number; f1: number }

function link(docs: LabelledDocument[]): LinkedDocument[] {
  const linked: LinkedDocument[] = [];
  for (const doc of docs) {
    const comparable = { id: doc.id, signature: fingerprint(doc.body).signature, features: storyFeatures(doc), time: doc.time };
    const links = assignStory(comparable, linked);
    // A bridging report merges stories: the indexer renames the others' documents the same way.
    for (const l of linked) if (links.merged.includes(l.storyId)) l.storyId = links.storyId;
    linked.push({ ...comparable, storyId: links.storyId, duplicateOf: links.duplicateOf });
  }
  return linked;
}

function pairwise(n: number, same: (i: number, j: number) => boolean, gold: (i: number, j: number) => boolean): Pairwise {
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = same(i, j), g = gold(i, j);
      if (s && g) tp++;
      else if (s) fp++;
      else if (g) fn++;
    }
  }
  const p = tp + fp ? tp / (tp + fp) : 1, r = tp + fn ? tp / (tp + fn) : 1;
  return { tp, fp, fn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

function score(docs: LabelledDocument[]) {
  const linked = link(docs);
  const copyRoot = (i: number) => linked[i].duplicateOf ?? linked[i].id;
  const goldRoot = (i: number) => docs[i].duplicateOf ?? docs[i].id;
  return {
    linked,
    stories: pairwise(docs.length, (i, j) => linked[i].storyId === linked[j].storyId, (i, j) => docs[i].story === docs[j].story),
    copies: pairwise(docs.length, (i, j) => copyRoot(i) === copyRoot(j), (i, j) => goldRoot(i) === goldRoot(j)),
  };
}

/** Deterministic shuffle (mulberry32), keeping each copy after its original as the labels say. */
function shuffled(docs: LabelledDocument[], seed: number): LabelledDocument[] {
  let s = seed;
  const random = () => ((s = (s + 0x6d2b79f5) | 0), (((s ^ (s >>> 15)) * (1 | s)) >>> 0) / 2 ** 32);
  const out = [...docs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  for (const doc of out.filter((d) => d.duplicateOf)) {
    const at = out.indexOf(doc), original = out.findIndex((d) => d.id === doc.duplicateOf);
    if (original > at) [out[at], out[original]] = [out[original], out[at]];
  }
  return out;
}

const fmt = (s: Pairwise) => `P ${s.p.toFixed(3)}  R ${s.r.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (pairs: ${s.tp} right, ${s.fp} wrong, ${s.fn} missed)`;
const docs = loadLabelledSet();
const goldStories = new Set(docs.map((d) => d.story)).size;
const first = score(docs);
console.log(`${docs.length} documents, ${goldStories} gold stories (${docs.length - goldStories} documents join an earlier one)`);
console.log(`manifest order   stories     ${fmt(first.stories)}`);
console.log(`manifest order   duplicates  ${fmt(first.copies)}`);
if (process.argv.includes('--verbose')) {
  first.linked.forEach((l, i) => {
    const mates = first.linked.filter((m, j) => j !== i && m.storyId === l.storyId).map((m) => m.id.split('/').pop());
    if (mates.length) console.log(`  ${l.id.split('/').pop()} [${docs[i].story}] with ${mates.join(', ')}`);
  });
}
const orders = Array.from({ length: 20 }, (_, k) => score(shuffled(docs, k + 1)));
const range = (xs: number[]) => `${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)}`;
console.log(`20 shuffled orders  stories     P ${range(orders.map((o) => o.stories.p))}  R ${range(orders.map((o) => o.stories.r))}`);
console.log(`20 shuffled orders  duplicates  P ${range(orders.map((o) => o.copies.p))}  R ${range(orders.map((o) => o.copies.r))}`);
