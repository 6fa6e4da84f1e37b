import { normalizeArabic } from '@app/arabic';
import { isDictionaryWord } from './dictionary';
import { generalZipf } from './word-frequency';

const dict = (w: string) => isDictionaryWord(normalizeArabic(w));

describe('isDictionaryWord (hunspell-ar ordinary words)', () => {
  it('knows ordinary words with proclitics, article and suffixes', () => {
    for (const w of ['الحكومة', 'والمدرسة', 'بمدرستها', 'الرئيس', 'وزير', 'يعمل', 'الكتاب']) expect([w, dict(w)]).toEqual([w, true]);
  });
  it('does not know transliterated foreign names', () => {
    for (const w of ['ساركوزي', 'شتاينماير', 'ميركل', 'أوباما', 'هولاند']) expect([w, dict(w)]).toEqual([w, false]);
  });
  it('leaves out the proper names the dictionary itself flags (capitals, countries)', () => {
    expect(dict('واشنطن')).toBe(false);
    expect(dict('نواكشوط')).toBe(false);
  });
});

describe('generalZipf (wordfreq Arabic)', () => {
  it('ranks function words above well-known names above rare transliterations', () => {
    const z = (w: string) => generalZipf(normalizeArabic(w));
    expect(z('في')).toBeGreaterThan(6);
    expect(z('أوباما')).toBeGreaterThan(4);
    expect(z('أوباما')).toBeLessThan(z('الحكومة'));
    expect(z('شتاينماير')).toBeLessThan(3);
    expect(z('ززززقط')).toBe(0);
  });
});
