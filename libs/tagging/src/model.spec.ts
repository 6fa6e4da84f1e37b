import { TAGS, tokenFeatures } from './features';
import { loadGazetteer } from './gazetteer';
import { gazetteerTags } from './gazetteer-tags';
import { loadModel } from './model';
import { tokenize } from './tokenize';
import { wordInfo } from './words';

describe('NerModel', () => {
  const model = loadModel();
  const gaz = loadGazetteer();

  it('scores with integer tables exactly as the feature strings used in training', () => {
    const text = 'قال وزير الخارجية الإسرائيلي سلفان شالوم في القدس إن «حركة حماس» لن تشارك، حسب وكالة رويترز.';
    const words = tokenize(text).map((t) => wordInfo(t.text));
    const gt = gazetteerTags(gaz.matchAll(words.map((w) => w.norm)), words.length);
    const fast = model.emissions(words, gt);
    const weightsOf = (model as unknown as { index: Map<string, number>; weights: Float32Array });
    const T = TAGS.length;
    for (let i = 0; i < words.length; i++) {
      const slow = new Float64Array(T);
      for (const f of tokenFeatures(words, gt, i, model.vocabulary, model.lexicon)) {
        const row = weightsOf.index.get(f);
        if (row !== undefined) for (let t = 0; t < T; t++) slow[t] += weightsOf.weights[row * T + t];
      }
      for (let t = 0; t < T; t++) expect(fast[i * T + t]).toBeCloseTo(slow[t], 3);
    }
  });

  it('decodes valid BIO sequences', () => {
    const words = tokenize('التقى محمد بن سلمان في الرياض الأمين العام للأمم المتحدة').map((t) => wordInfo(t.text));
    const labels = model.decode(words, new Array(words.length).fill('O'));
    labels.forEach((l, i) => {
      if (l.startsWith('I-')) expect(labels[i - 1]?.slice(2)).toBe(l.slice(2));
    });
  });
});
