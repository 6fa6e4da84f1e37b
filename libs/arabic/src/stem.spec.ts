import { stemArabic, stripPrefixes, stripSuffixes } from './stem';
import { normalizeArabic } from './normalize';

const stem = (word: string) => stemArabic(normalizeArabic(word));

describe('stemArabic', () => {
  it('conflates a word with its attached proclitics', () => {
    expect(stem('بسوريا')).toBe(stem('سوريا'));
    expect(stem('وبسوريا')).toBe(stem('سوريا'));
    expect(stem('لروسيا')).toBe(stem('روسيا'));
    expect(stem('بحلب')).toBe(stem('حلب'));
  });

  it('conflates articles and plural / pronoun suffixes', () => {
    expect(stem('الخلافات')).toBe('خلاف');
    expect(stem('خلافات')).toBe(stem('خلاف'));
    expect(stem('والحرس')).toBe('حرس');
    expect(stem('للحرس')).toBe('حرس');
    expect(stem('قواعدهم')).toBe(stem('القواعد'));
    expect(stem('سياساتها')).toBe(stem('السياسات'));
    expect(stem('المسؤولون')).toBe(stem('مسؤول'));
  });

  it('gives the same stem with and without a proclitic when the word itself starts with one of its letters', () => {
    expect(stem('بلبنان')).toBe(stem('لبنان'));
    expect(stem('للبنان')).toBe(stem('لبنان'));
    expect(stem('اللبناني')).toBe(stem('لبنان'));
  });

  it('keeps short words whole', () => {
    expect(stem('بلد')).toBe('بلد');
    expect(stem('كل')).toBe('كل');
    expect(stem('هنا')).toBe('هنا');
    expect(stem('علي')).toBe('علي');
    expect(stripPrefixes('وزن')).toBe('وزن');
    expect(stripSuffixes('بيت')).toBe('بيت');
  });

  it('leaves Latin words and numbers alone', () => {
    expect(stemArabic('reuters')).toBe('reuters');
    expect(stemArabic('2017')).toBe('2017');
  });
});
