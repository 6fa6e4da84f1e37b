/** npm run bench:stories — cost per document of the story fingerprint and features (after warm-up), one core. */
import { performance } from 'perf_hooks';
import { assignStory, fingerprint, storyFeatures, type LinkedDocument } from '@app/stories';
import { loadLabelledSet } from './labelled-set';

const docs = loadLabelledSet();
const meanChars = docs.reduce((s, d) => s + d.body.length, 0) / docs.length;
function time(label: string, fn: () => void, rounds = 20): void {
  for (let i = 0; i < 3; i++) fn();
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) fn();
  console.log(`${label.padEnd(34)} ${((performance.now() - t0) / rounds / docs.length).toFixed(3)} ms per document`);
}
console.log(`${docs.length} documents, ${Math.round(meanChars)} characters of body on average`);
time('fingerprint (MinHash, 128)', () => docs.forEach((d) => fingerprint(d.body)));
time('story features (entities, terms)', () => docs.forEach((d) => storyFeatures(d)));
const comparable = docs.map((d) => ({ id: d.id, signature: fingerprint(d.body).signature, features: storyFeatures(d), time: d.time }));
const candidates: LinkedDocument[] = comparable.slice(0, 20).map((c) => ({ ...c, storyId: c.id, duplicateOf: null }));
time('linking against 20 candidates', () => comparable.forEach((c) => assignStory(c, candidates)));
