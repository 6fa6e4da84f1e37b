import { findCommonNames } from './common-names';
import { isDemonym } from './demonyms';
import { Gazetteer, parseGazetteerTsv } from './gazetteer';
import { applyPatternRules } from './pattern-rules';
import { bioRuns, fixNameShapes } from './spans';
import { tokenize } from './tokenize';
import { wordInfo } from './words';

const gaz = new Gazetteer();
parseGazetteerTsv(gaz, ['LOC\tإيران', 'LOC\tأمريكا\tأميركا', 'LOC\tسوريا\tسورية', 'LOC\tالعراق', 'ORG\tأفاد', 'LOC\tحلب'].join('\n'));
const wordsOf = (text: string) => tokenize(text).map((t) => wordInfo(t.text));

describe('findCommonNames', () => {
  const sentence = (text: string, tags: string[]) => ({ words: wordsOf(text), tags });

  it('flags a one-word name that the training text nearly always leaves untagged', () => {
    const sentences = [1, 2, 3, 4].map(() => sentence('أفاد مصدر', ['O', 'O']));
    expect(findCommonNames(sentences, gaz)).toEqual(new Set(['افاد']));
  });

  it('keeps names that are tagged often enough, or matched too rarely to judge', () => {
    const tagged = [sentence('زار إيران', ['O', 'B-LOC']), sentence('زار إيران', ['O', 'O'])];
    const rare = [sentence('أفاد مصدر', ['O', 'O']), sentence('أفاد مصدر', ['O', 'O'])];
    expect(findCommonNames([...tagged, ...tagged], gaz)).toEqual(new Set());
    expect(findCommonNames(rare, gaz)).toEqual(new Set());
  });
});

describe('Gazetteer.treatAsAmbiguous', () => {
  it('marks matches of the given names ambiguous and leaves the others alone', () => {
    const g = new Gazetteer();
    parseGazetteerTsv(g, ['ORG\tأفاد', 'LOC\tإيران'].join('\n'));
    g.treatAsAmbiguous(new Set(['افاد']));
    const matches = g.matchAll(wordsOf('أفاد إيران').map((w) => w.norm));
    expect(matches.map((m) => [m.key, m.entries[0].ambiguous === true])).toEqual([
      ['افاد', true],
      ['ايران', false],
    ]);
  });
});

describe('isDemonym', () => {
  it.each(['الإيرانية', 'الأمريكي', 'السورية', 'العراقي'])('reads %s as the adjective of a listed place', (word) => {
    expect(isDemonym(wordInfo(word).norm, gaz)).toBe(true);
  });

  it.each(['الدبلوماسية', 'الدراسات', 'إيران'])('rejects %s', (word) => {
    expect(isDemonym(wordInfo(word).norm, gaz)).toBe(false);
  });
});

describe('applyPatternRules', () => {
  const orgSpans = (text: string) => {
    const words = wordsOf(text);
    return bioRuns(applyPatternRules(words, words.map(() => 'O'), gaz))
      .filter((r) => r.type === 'ORG')
      .map((r) => words.slice(r.start, r.end).map((w) => w.raw).join(' '));
  };

  it('tags an institution closed by a nationality adjective', () => {
    expect(orgSpans('قال مركز الدراسات الدبلوماسية الإيرانية إن')).toEqual(['مركز الدراسات الدبلوماسية الإيرانية']);
  });

  it('does not tag an institution head without the nationality adjective', () => {
    expect(orgSpans('قال مركز الدراسات الدبلوماسية إن')).toEqual([]);
  });

  it('tags coordinated quoted names after a plural media head with a complement', () => {
    expect(orgSpans('ذكرت وكالتا الحرس الثوري "فارس" و"تسنيم" أن')).toEqual(['فارس', 'تسنيم']);
  });

  it('leaves a quoted name alone when a model entity crosses the quotes', () => {
    const words = wordsOf('صحيفة « الحياة » اللندنية');
    const labels = ['O', 'O', 'B-ORG', 'O', 'I-ORG'];
    expect(applyPatternRules(words, [...labels], gaz)).toEqual(labels);
  });
});

describe('fixNameShapes', () => {
  const shaped = (text: string, labels: string[]) => {
    const words = wordsOf(text);
    return fixNameShapes(bioRuns(labels), words, labels, undefined).map((r) => [r.type, words.slice(r.start, r.end).map((w) => w.raw).join(' ')]);
  };

  it('retypes a "person" opening with a toponym word as a place', () => {
    expect(shaped('معارك في بخان طومان', ['O', 'O', 'B-PER', 'I-PER'])).toEqual([['LOC', 'بخان طومان']]);
  });

  it('drops a place head the model split off the name after it', () => {
    expect(shaped('في ريف حلب', ['O', 'B-LOC', 'B-LOC'])).toEqual([['LOC', 'حلب']]);
  });
});
