import { searchTokens, searchTokenList } from './search-terms';

describe('searchTokens', () => {
  it('normalises hamza, alef maqsura and ta marbuta without stemming', () => {
    expect(searchTokens('أحمد', { stem: false })).toBe(searchTokens('احمد', { stem: false }));
    expect(searchTokens('سورية', { stem: false })).toBe('سوريه');
    expect(searchTokens('مستشفى', { stem: false })).toBe('مستشفي');
  });

  it('stems only when asked', () => {
    expect(searchTokens('بسوريا', { stem: false })).toBe('بسوريا');
    expect(searchTokens('بسوريا', { stem: true })).toBe('سوريا');
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
