import { isBareName, parseByline, siteFromCopyright, siteFromFollowLine, sourceFromLead } from './byline';

describe('parseByline', () => {
  it.each([
    ['إعداد: سامي يوسف', { kind: 'byline', author: 'سامي يوسف' }],
    ['بقلم: هدى كامل - بيروت', { kind: 'byline', author: 'هدى كامل' }],
    ['By Jane Morrison', { kind: 'byline', author: 'Jane Morrison' }],
    ['القاهرة - رويترز:', { kind: 'dateline', source: 'رويترز' }],
    ['الوطن اليوم - وكالات', { kind: 'dateline', source: 'وكالات', site: 'الوطن اليوم' }],
    ['شبكة الخليج نيوز – (مروان سالم)', { kind: 'byline', source: 'شبكة الخليج نيوز', author: 'مروان سالم' }],
    ['المصدر: الأناضول', { kind: 'source-credit', source: 'الأناضول' }],
    ['(أ ف ب)', { kind: 'source-credit', source: 'أ ف ب' }],
    ['سامر خليل - دمشق', { kind: 'byline', author: 'سامر خليل' }],
    ['د. سامي الخطيب', { kind: 'byline', author: 'سامي الخطيب' }],
    ['دبي: فاطمة الشامسي', { kind: 'byline', author: 'فاطمة الشامسي' }],
    ['كتبت ريتا خوري في "النهار الجديد":', { kind: 'byline', author: 'ريتا خوري', source: 'النهار الجديد' }],
    ['إعداد سامي البدري للنشرة العربية - تحرير علا شوقي', { kind: 'byline', author: 'سامي البدري' }],
    ['حرر بواسطة عادل منصور', { kind: 'byline', author: 'عادل منصور' }],
    ['الدوحة في 16 نوفمبر /قنا/', { kind: 'dateline', source: 'قنا' }],
    ['وكالة الأنباء الأردنية', { kind: 'site-name', site: 'وكالة الأنباء الأردنية' }],
    ['بيروت ـ «القدس العربي»:', { kind: 'dateline', source: 'القدس العربي' }],
    ['لندن: «الشرق الأوسط»', { kind: 'dateline', source: 'الشرق الأوسط' }],
    ['عنب بلدي – دمشق', { kind: 'dateline', source: 'عنب بلدي' }],
    ['هسبريس - سعاد الطاهري', { kind: 'byline', source: 'هسبريس', author: 'سعاد الطاهري' }],
    ['المصدر : الجزيرة + وكالات', { kind: 'source-credit', source: 'الجزيرة + وكالات' }],
    ['بقلم/ د. سمير عطا', { kind: 'byline', author: 'سمير عطا' }],
    ['By Sara Haddad | Senior Correspondent', { kind: 'byline', author: 'Sara Haddad' }],
    ['Par Nadia Slimani, à Lyon', { kind: 'byline', author: 'Nadia Slimani' }],
    ['تغطية: ماهر سليم', { kind: 'byline', author: 'ماهر سليم' }],
    ['صيدا – بوابة الجنوب نيوز – رامي حمود', { kind: 'byline', author: 'رامي حمود', site: 'بوابة الجنوب نيوز' }],
    ['أسوان ـ هالة منير', { kind: 'byline', author: 'هالة منير' }],
    ['الدوحة – قنا', { kind: 'dateline', source: 'قنا' }],
  ])('reads %s', (line, expected) => {
    expect(parseByline(line)).toEqual(expected);
  });

  it.each([
    ['كوستي: بكري عثمان الأمين', { kind: 'byline', author: 'بكري عثمان الأمين' }],
    ['سامي العلوي (فاس)', { kind: 'byline', author: 'سامي العلوي' }],
  ])('reads %s above the article (a place it does not know, a name with its place)', (line, expected) => {
    expect(parseByline(line, { aboveBody: true })).toEqual(expected);
    expect(parseByline(line)).toBeNull();
  });

  it.each(['عاجل: محمد سالم', 'المصدر: سامي يوسف العلي', 'رياضة: أحمد حسن'])('leaves the label line %s without an author above the article', (line) => {
    expect(parseByline(line, { aboveBody: true })?.author).toBeUndefined();
  });

  it.each([
    'وقال الوزير إن المحادثات مستمرة - بحسب مصادر مطلعة في الوزارة والحكومة',
    'روسيا - إيران: خلافات متصاعدة حول سوريا والملفات الإقليمية الأخرى',
    'تقابل روسي غربي',
    'إيران - روسيا',
    'تقرير أممي',
    'حوار وطني شامل',
    'كتب جديدة في معرض الكتاب',
    'كتب التاريخ',
    'إعداد الموازنة العامة',
    'وزير الدفاع الروسي',
    'تقارير وتحليلات',
    'فريق التحرير',
  ])('leaves %s alone', (line) => {
    expect(parseByline(line)).toBeNull();
  });
});

describe('credit helpers', () => {
  it('takes a bare name with an initial as a signature, but not a sentence', () => {
    expect(isBareName('م. العربي')).toBe(false);
    expect(isBareName('ك. الحسني')).toBe(true);
    expect(isBareName('وصل الوفد.')).toBe(false);
  });

  it('reads the site from a follow-us line', () => {
    expect(siteFromFollowLine('تابع شبكة المدار على فيسبوك')).toBe('شبكة المدار');
    expect(siteFromFollowLine('تابعونا على تويتر')).toBeNull();
    expect(siteFromFollowLine('تابع جريدة الساحل على بوابة الأنباء')).toBeNull();
  });
  it('reads the site from a copyright line', () => {
    expect(siteFromCopyright('جميع الحقوق محفوظة لموقع الوادي © 2024')).toBe('الوادي');
    expect(siteFromCopyright('© 2024 The Valley Post. All rights reserved.')).toBe('The Valley Post');
    expect(siteFromCopyright('جميع الحقوق محفوظة © 2024')).toBeNull();
    expect(siteFromCopyright('كل الحقوق محفوظة © 1446هـ - 2024م')).toBeNull();
    expect(siteFromCopyright('شبكة الوادي © 2024')).toBe('شبكة الوادي');
    expect(siteFromCopyright('© 2024 مركز الدراسات الريفية')).toBe('مركز الدراسات الريفية');
  });
  it('reads an agency credited at the start of the first paragraph', () => {
    expect(sourceFromLead('باريس (أ ف ب) - أعلنت الحكومة الفرنسية اليوم...')).toBe('أ ف ب');
    expect(sourceFromLead('دمشق - سانا: أعلنت وزارة الصحة اليوم...')).toBe('سانا');
    expect(sourceFromLead('أعلنت الحكومة الفرنسية اليوم (الاثنين) أنها...')).toBeNull();
    expect(sourceFromLead('روسيا - إيران: خلافات متصاعدة...')).toBeNull();
  });
});

describe('author labels', () => {
  it.each([
    ['كتبت سارة منصور', 'سارة منصور'],
    ['كتب: خالد عمر', 'خالد عمر'],
    ['الكاتب: نبيل حسن', 'نبيل حسن'],
    ['بواسطة رنا سليم', 'رنا سليم'],
  ])('%s -> %s', (line, author) => {
    expect(parseByline(line)?.author).toBe(author);
  });
});

describe('author inside a meta line', () => {
  it('reads the name after the label', () => {
    expect(parseByline('الأحد 11 فبراير 2024 - 12:00 م كتب: عمر الراشد')).toEqual({ kind: 'byline', author: 'عمر الراشد' });
  });
  it('ignores a sentence that merely contains the verb', () => {
    expect(parseByline('وكان الصحفي قد كتب عن القضية مرارا في الأعوام الماضية')).toBeNull();
  });
});
