import { learnBoundaryWords, parseBoundaryWords, serializeBoundaryWords, trimToLearnedBoundaries } from './boundaries';
import { wordInfo } from './words';

const sentence = (text: string, tags: string) => ({ words: text.split(' ').map(wordInfo), tags: tags.split(' ') });

describe('learned entity boundaries', () => {
  // "الرئيس" stands before people three times and never inside a name; "محمد" starts one.
  const training = [
    sentence('قال الرئيس محمد مرسي', 'O O B-PER I-PER'),
    sentence('والرئيس باراك أوباما', 'O B-PER I-PER'),
    sentence('استقبل الرئيس ميشال عون أمس', 'O O B-PER I-PER O'),
    sentence('محمد علي وصل أمس', 'B-PER I-PER O O'),
    sentence('وصل سامي أمس', 'O B-PER O'),
    sentence('وصل رامي أمس', 'O B-PER O'),
  ];
  const bw = learnBoundaryWords(training);

  it('learns outside words per side and type from the counts', () => {
    expect(bw.get('L:PER')?.has('رييس')).toBe(true);
    expect(bw.get('L:PER')?.has('محمد')).toBe(false);
    expect(bw.get('R:PER')?.has('امس')).toBe(true);
    expect(parseBoundaryWords(serializeBoundaryWords(bw))).toEqual(bw);
  });

  it('trims those words off predicted spans, keeping at least one word', () => {
    const words = 'قال الرئيس حسين كنعاني أمس'.split(' ').map(wordInfo);
    expect(trimToLearnedBoundaries([{ type: 'PER', start: 1, end: 5 }], words, bw)).toEqual([{ type: 'PER', start: 2, end: 4 }]);
    expect(trimToLearnedBoundaries([{ type: 'PER', start: 1, end: 2 }], words, bw)).toEqual([{ type: 'PER', start: 1, end: 2 }]);
    // Other types are not touched by the person lists.
    expect(trimToLearnedBoundaries([{ type: 'ORG', start: 1, end: 4 }], words, bw)).toEqual([{ type: 'ORG', start: 1, end: 4 }]);
  });
});

describe('learned entity boundaries and adjectives', () => {
  it('does not trim a name down to its nisba adjective', () => {
    const bw = new Map([['L:ORG', new Set(['قوات'])]]);
    const words = 'انسحاب القوات الإيرانية'.split(' ').map(wordInfo);
    expect(trimToLearnedBoundaries([{ type: 'ORG', start: 1, end: 3 }], words, bw)).toEqual([{ type: 'ORG', start: 1, end: 3 }]);
  });
});
