import { assignStory, type LinkedDocument } from './assign-story';
import { fingerprint } from './fingerprint';
import { keyTerms, overlap, storyFeatures } from './story-features';
import { sharedEntities, storyScore, STORY_WINDOW_DAYS } from './story-rules';

const DAY = 86_400_000;
const RATES = 'رفع البنك المركزي المصري أسعار الفائدة ستة في المئة وتحرير سعر صرف الجنيه أمام الدولار بعد اجتماع لجنة السياسة النقدية';
const RATES_REWRITE = 'البنك المركزي المصري يرفع الفائدة ويترك سعر صرف الجنيه لقوى السوق، والجنيه يهبط أمام الدولار بعد قرار لجنة السياسة النقدية';
const QUAKE = 'زلزال يضرب ولاية ملاطية التركية وإدارة الكوارث تعلن إصابة عشرات الأشخاص وانهيار مبان متصدعة في المدينة';

function doc(id: string, body: string, entities: Partial<Record<'persons' | 'organizations' | 'locations', string[]>>, time = 0) {
  const input = { title: null, body, persons: entities.persons ?? [], organizations: entities.organizations ?? [], locations: entities.locations ?? [] };
  return { id, signature: fingerprint(body).signature, features: storyFeatures(input), time };
}
const linked = (d: ReturnType<typeof doc>): LinkedDocument => ({ ...d, storyId: d.id, duplicateOf: null });

const cbe = { persons: ['حسن عبد الله'], organizations: ['البنك المركزي المصري', 'صندوق النقد الدولي'], locations: ['مصر'] };

describe('story features', () => {
  it('keeps stemmed content words, most frequent first, without function words', () => {
    const terms = keyTerms('الجنيه يهبط. الجنيه يتراجع أمام الدولار في السوق، والجنيهات في البنوك');
    expect(terms[0]).toBe('جني');
    expect(terms).not.toContain('في');
  });

  it('weighs shared people and organisations above shared places', () => {
    expect(sharedEntities(['PER:a', 'LOC:x'], ['PER:a', 'LOC:x']).weight).toBe(1.5);
    expect(overlap(['a', 'b'], ['a', 'b', 'c', 'd'])).toBe(1);
  });
});

describe('assignStory', () => {
  it('joins a rewrite of the same story and names the story after the first report', () => {
    const first = linked(doc('a', RATES, cbe));
    const links = assignStory(doc('b', RATES_REWRITE, cbe, DAY), [first]);
    expect(links.storyId).toBe('a');
    expect(links.duplicateOf).toBeNull();
  });

  it('marks an exact copy as a duplicate of the earliest document it copies', () => {
    const original = linked(doc('a', RATES, cbe));
    const copy = { ...linked(doc('b', RATES, cbe)), duplicateOf: 'a', storyId: 'a' };
    expect(assignStory(doc('c', RATES, cbe), [original, copy])).toEqual({ storyId: 'a', duplicateOf: 'a', merged: [] });
  });

  it('starts a new story for an unrelated report, and for the same words weeks later', () => {
    const first = linked(doc('a', RATES, cbe));
    expect(assignStory(doc('q', QUAKE, { locations: ['ملاطية', 'تركيا'] }), [first]).storyId).toBe('q');
    const later = doc('z', RATES_REWRITE, cbe, (STORY_WINDOW_DAYS + 1) * DAY);
    expect(storyScore(later, first)).toBe(0);
    expect(assignStory(later, [first]).storyId).toBe('z');
  });

  it('does not join reports that share only places', () => {
    const places = { locations: ['مصر', 'القاهرة'] };
    expect(assignStory(doc('b', RATES_REWRITE, places), [linked(doc('a', RATES, places))]).storyId).toBe('b');
  });
});

describe('assignStory merges', () => {
  it('reports the other stories a bridging document also matches', () => {
    const a = { ...linked(doc('a', RATES, cbe)), storyId: 'a' };
    const b = { ...linked(doc('b', RATES_REWRITE, cbe)), storyId: 'b' };
    const links = assignStory(doc('c', `${RATES} ${RATES_REWRITE}`, cbe), [a, b]);
    expect([links.storyId, ...links.merged].sort()).toEqual(['a', 'b']);
    expect(links.merged).not.toContain(links.storyId);
  });
});
