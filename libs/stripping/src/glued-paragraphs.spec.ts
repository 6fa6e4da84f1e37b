import { splitGluedHeading } from './glued-paragraphs';

describe('splitGluedHeading', () => {
  const para = 'وقالت مصادر محلية إن الأمطار الغزيرة تسببت في إغلاق عدد من الطرق الرئيسية في المدينة وريفها خلال ساعات الليل.';
  it('splits a short heading stuck after the last full stop', () => {
    expect(splitGluedHeading(`${para}أضرار في المحاصيل`)).toEqual([para, 'أضرار في المحاصيل']);
  });
  it('leaves a missing space between two sentences alone', () => {
    const text = `${para}وأضافت المصادر أن فرق الدفاع المدني عملت طوال الليل على فتح الطرق، وأن الأضرار ما زالت قيد الإحصاء.`;
    expect(splitGluedHeading(text)).toEqual([text]);
  });
  it('leaves abbreviations and short lines alone', () => {
    expect(splitGluedHeading('قال المتحدث باسم الأمم المتحدة في بيان أ.ف.ب')).toHaveLength(1);
    expect(splitGluedHeading('عاجل.الرئيس يصل')).toHaveLength(1);
  });
});
