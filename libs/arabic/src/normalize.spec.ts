import { normalizeArabic, normalizeWithOffsets } from './normalize';

describe('normalizeArabic', () => {
  it('unifies hamza seats, alef maqsura and ta marbuta', () => {
    expect(normalizeArabic('أحمد إلى آمنة مسؤول رئيس')).toBe('احمد الي امنه مسوول رييس');
  });
  it('drops diacritics and tatweel and collapses spaces', () => {
    expect(normalizeArabic('  قِبَل   الـــطيران ')).toBe('قبل الطيران');
  });
  it('maps Arabic-Indic digits and lower-cases Latin', () => {
    expect(normalizeArabic('٢٠١٧ ABC')).toBe('2017 abc');
  });
});

describe('normalizeWithOffsets', () => {
  it('maps normalised characters back to the original text', () => {
    const text = 'في سُوريَّة';
    const { normalized, offsets } = normalizeWithOffsets(text);
    expect(normalized).toBe('في سوريه');
    const start = normalized.indexOf('سوريه');
    expect(text.slice(offsets[start], offsets[start + 5])).toBe('سُوريَّة');
  });
});
