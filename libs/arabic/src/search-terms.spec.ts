import { searchTermGroups, searchTermSpans, searchTokens, searchTokenList } from './search-terms';

describe('searchTokens', () => {
  it('normalises hamza, alef maqsura and ta marbuta without stemming', () => {
    expect(searchTokens('أحمد', { stem: false })).toBe(searchTokens('احمد', { stem: false }));
    expect(searchTokens('سورية', { stem: false })).toBe('سوريه');
    expect(searchTokens('مستشفى', { stem: false })).toBe('مستشفي');
  });

  it('stems only when asked', () => {
    expect(searchTokens('بدمشق', { stem: false })).toBe('بدمشق');
    expect(searchTokens('بدمشق', { stem: true })).toBe('بدمشق دمشق');
    expect(searchTermGroups('بدمشق الخلافات', { stem: true })).toEqual([['بدمشق', 'دمشق'], ['خلاف']]);
    expect(searchTermGroups('بدمشق الخلافات', { stem: false })).toEqual([['بدمشق'], ['الخلافات']]);
    expect(searchTokens('الخلافات', { stem: true })).toBe(searchTokens('خلاف', { stem: true }));
  });

  it('splits on punctuation and quotes and keeps Latin and digits', () => {
    expect(searchTokenList('“سحام نيوز”، (Reuters) ٢٠١٧م', { stem: false })).toEqual(['سحام', 'نيوز', 'reuters', '2017', 'م']);
  });

  it('drops diacritics and tatweel before stemming', () => {
    expect(searchTokens('وَجَّهَ الـــطيران', { stem: false })).toBe('وجه الطيران');
    expect(searchTokens('الطَّيَرَان', { stem: true })).toBe(searchTokens('طيران', { stem: true }));
  });

  it('returns an empty string for text without words', () => {
    expect(searchTokens(' — ، ! ', { stem: true })).toBe('');
  });
});

describe('searchTermSpans', () => {
  it('gives the same term groups as searchTermGroups, with spans of the original text', () => {
    const text = 'قصفَ الطيرانُ الروسيُّ بِدمشق، (2017)';
    for (const stem of [true, false]) {
      const spans = searchTermSpans(text, { stem });
      expect(spans.map((s) => s.terms)).toEqual(searchTermGroups(text, { stem }));
    }
    const spans = searchTermSpans(text, { stem: true });
    const damascus = spans.find((s) => s.terms.includes('دمشق'))!;
    expect(text.slice(damascus.start, damascus.end)).toBe('بِدمشق');
    expect(text.slice(spans[1].start, spans[1].end)).toBe('الطيرانُ');
  });
});
