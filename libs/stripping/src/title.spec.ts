import { contentWords, isTitleLike, splitSiteName } from './title';

describe('splitSiteName', () => {
  it.each([
    ['انطلاق قمة المناخ في دبي - Climate Daily', 'انطلاق قمة المناخ في دبي', 'Climate Daily'],
    ['انطلاق قمة المناخ في دبي - الجزيرة نت', 'انطلاق قمة المناخ في دبي', 'الجزيرة نت'],
    ['انطلاق قمة المناخ في دبي | صحيفة الوادي', 'انطلاق قمة المناخ في دبي', 'صحيفة الوادي'],
    ['انطلاق قمة المناخ في دبي | الوادي', 'انطلاق قمة المناخ في دبي', 'الوادي'],
    ['انطلاق قمة المناخ في دبي - حلب نيوز', 'انطلاق قمة المناخ في دبي', 'حلب نيوز'],
  ])('%s', (line, title, site) => {
    expect(splitSiteName(line, null)).toEqual({ title, site });
  });

  it('uses the known site name and lines seen elsewhere on the page', () => {
    expect(splitSiteName('انطلاق قمة المناخ في دبي - الوادي', 'الوادي')).toEqual({ title: 'انطلاق قمة المناخ في دبي', site: 'الوادي' });
    const seen = new Set(['انطلاق قمه المناخ في دبي']);
    expect(splitSiteName('انطلاق قمة المناخ في دبي - الوادي', null, seen)).toEqual({ title: 'انطلاق قمة المناخ في دبي', site: 'الوادي' });
  });

  it('splits a known outlet placed before the title', () => {
    expect(splitSiteName('الجزيرة نت | انطلاق قمة المناخ في دبي', null)).toEqual({ title: 'انطلاق قمة المناخ في دبي', site: 'الجزيرة نت' });
  });

  it('leaves headlines that use a dash themselves', () => {
    expect(splitSiteName('روسيا - إيران: خلافات متصاعدة حول سوريا', null).site).toBeNull();
    expect(splitSiteName('مباراة الأهلي - الزمالك تنتهي بالتعادل', null).site).toBeNull();
  });
});

describe('isTitleLike', () => {
  it('accepts headlines, questions included', () => {
    expect(isTitleLike('هل يتجاوز الاقتصاد العالمي شبح الركود؟')).toBe(true);
  });
  it('rejects sentences, labels and single words', () => {
    expect(isTitleLike('وقال الوزير إن المحادثات مستمرة.')).toBe(false);
    expect(isTitleLike('وأضاف البيان:')).toBe(false);
    expect(isTitleLike('اقتصاد')).toBe(false);
  });
});

describe('contentWords', () => {
  it('folds letters and drops the article and conjunction', () => {
    expect([...contentWords('والحكومة الأردنية في عمّان')]).toEqual(['حكومه', 'اردنيه', 'عمان']);
  });
});
