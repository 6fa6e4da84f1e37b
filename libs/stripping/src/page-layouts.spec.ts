/** Page layouts the first page sets did not have: inline boxes, interviews, embeds, galleries, aggregators. */
import { stripBoilerplate } from './strip';

const P1 = 'أعلنت هيئة الموانئ أن حركة الشحن في الميناء الشمالي ارتفعت خلال الربع الأخير بنسبة واضحة، بعد افتتاح رصيف جديد مخصص للحاويات وتوسيع ساحات التخزين المجاورة له.';
const P2 = 'وقال مدير الهيئة إن الرصيف الجديد يستقبل السفن الكبيرة التي كانت تضطر في السابق إلى التوجه نحو موانئ الدول المجاورة، ما كان يرفع كلفة الاستيراد على التجار.';
const P3 = 'في المقابل، اشتكى سائقو الشاحنات من الازدحام عند بوابات الميناء، مطالبين بتوسيع الطريق المؤدي إليه وتنظيم مواعيد الدخول والخروج خلال ساعات النهار.';
const P4 = 'وتخطط الهيئة لإنشاء محطة للسكك الحديدية داخل الميناء خلال العامين المقبلين، لنقل جزء من الحاويات مباشرة إلى المدن الداخلية دون المرور بالطرق السريعة.';

const strip = (lines: string[]) => stripBoilerplate({ blocks: lines.map((text) => ({ text })) });

describe('stripBoilerplate on other page layouts', () => {
  it('goes on with the story after an inline related box when a finished sentence follows', () => {
    const article = strip(['عنوان عن حركة الشحن في الميناء الشمالي', P1, P2, 'ذات صلة', 'افتتاح سوق جديدة للأسماك في المدينة', 'ارتفاع أسعار الحديد في الأسواق', 'مطالب السائقين', P3, P4, '© 2025 بوابة الموانئ']);
    expect(article.paragraphs).toEqual([P1, P2, 'مطالب السائقين', P3, P4]);
  });

  it('still ends the body at a related list of teasers cut off with "..."', () => {
    const teaser = 'تقرير يرصد أوضاع الموانئ الصغيرة في المنطقة وما تحتاجه من استثمارات لتطوير أرصفتها وتحديث معداتها خلال السنوات المقبلة، وسط منافسة…';
    const article = strip(['عنوان عن حركة الشحن في الميناء الشمالي', P1, P2, 'مقالات ذات صلة', 'الموانئ الصغيرة تبحث عن مستثمرين', teaser]);
    expect(article.paragraphs).toEqual([P1, P2]);
  });

  it('goes on after an inline box when two finished paragraphs follow it', () => {
    const p5 = 'تشير بيانات الهيئة إلى أن نحو ثلثي الحاويات الواردة تحمل مواد غذائية ومواد بناء، بينما تتوزع البقية على الأجهزة والسيارات وقطع الغيار.';
    const article = strip(['عنوان عن حركة الشحن في الميناء الشمالي', P1, P2, 'مواضيع ذات صلة', 'الموانئ الصغيرة تبحث عن مستثمرين', p5, P4]);
    expect(article.paragraphs).toEqual([P1, P2, p5, P4]);
  });

  it('ends the body at a list of teasers that alternate headlines and finished blurbs', () => {
    const blurb1 = 'تقرير يرصد أوضاع الموانئ الصغيرة في المنطقة وما تحتاجه من استثمارات لتطوير أرصفتها وتحديث معداتها خلال السنوات المقبلة.';
    const blurb2 = 'جولة في سوق السمك القديم الذي يعود تاريخه إلى أكثر من قرن، حيث يروي الباعة حكايات المهنة التي ورثوها عن آبائهم وأجدادهم.';
    const article = strip(['عنوان عن حركة الشحن في الميناء الشمالي', P1, P2, 'مقالات ذات صلة', 'الموانئ الصغيرة تبحث عن مستثمرين', blurb1, 'حكايات من سوق السمك القديم', blurb2]);
    expect(article.paragraphs).toEqual([P1, P2]);
  });

  it('names the site from its masthead line, in the masthead\'s spelling', () => {
    const article = strip(['إذاعة الوادي الأخضر', 'الرئيسية | أخبار | رياضة | برامج', 'عنوان عن حركة الشحن في الميناء الشمالي', P1, P2, 'حقوق النشر محفوظة لإذاعة الوادي الأخضر 2025']);
    expect(article.site).toBe('إذاعة الوادي الأخضر');
    expect(strip(['بوابة الساحل', 'عنوان عن حركة الشحن في الميناء الشمالي', P1, P2]).site).toBe('بوابة الساحل');
  });

  it('reads the date of a programme, a labelled Latin byline date and an agency lead', () => {
    expect(strip(['برنامج المساء', 'موعد البث: الخميس 6 مارس 2025', 'عنوان عن حركة الشحن في الميناء الشمالي', P1, P2]).publishedAt).toBe('2025-03-06');
    expect(strip(['عنوان عن حركة الشحن في الميناء الشمالي', 'Mis à jour le 06/03/2025 à 09h15', P1, P2]).publishedAt).toBe('2025-03-06');
    expect(strip([`الحديدة، 6 مارس 2025 (سبأ) – ${P1}`, P2]).publishedAt).toBe('2025-03-06');
  });

  it('keeps the short turns of an interview, up to the end of the article', () => {
    const article = strip([
      'حوار مع مدير الهيئة عن الميناء الجديد',
      P1,
      '■ هل تأخر المشروع؟',
      '- نعم.',
      '■ لماذا؟',
      `- ${P2}`,
      '■ وما الخطوة التالية؟',
      '- "السكك الحديدية".',
      'شارك الحوار',
      '© 2025 بوابة الموانئ',
    ]);
    expect(article.paragraphs).toEqual([P1, '■ هل تأخر المشروع؟', '- نعم.', '■ لماذا؟', `- ${P2}`, '■ وما الخطوة التالية؟', '- "السكك الحديدية".']);
  });

  it('keeps a short quote that the last paragraph announces with a colon', () => {
    const intro = 'وقال أحد السائقين الذين ينتظرون منذ الصباح أمام البوابة الرئيسية للميناء في حديث قصير مع مراسلنا هناك:';
    const article = strip(['عنوان عن حركة الشحن في الميناء الشمالي', P1, P2, intro, '"ننتظر منذ الفجر".', 'مقالات ذات صلة', 'الموانئ الصغيرة تبحث عن مستثمرين']);
    expect(article.paragraphs).toEqual([P1, P2, intro, '"ننتظر منذ الفجر".']);
  });

  it('drops the text of an embedded tweet with its signature', () => {
    const tweet = 'الرصيف الجديد جاهز لاستقبال أكبر السفن ابتداءً من الغد 🚢';
    const article = strip(['عنوان عن حركة الشحن في الميناء الشمالي', P1, P2, tweet, '— هيئة الموانئ (@ports_auth) March 3, 2025', P3, P4]);
    expect(article.paragraphs).toEqual([P1, P2, P3, P4]);
    expect(article.removed.find((r) => r.text === tweet)?.reason).toBe('embed');
  });

  it('drops a gallery: counter, caption, arrows and photographer', () => {
    const article = strip(['عنوان عن حركة الشحن في الميناء الشمالي', P1, P2, 'صورة 2 من 9', 'رافعة تنزل حاوية على الرصيف الجديد', 'السابق | التالي', 'عدسة: منى حسن', P3, P4]);
    expect(article.paragraphs).toEqual([P1, P2, P3, P4]);
  });

  it('drops an aggregator\'s link to the original, its follow line and its disclaimer', () => {
    const disclaimer = 'بوابة الأنباء محرك بحث إخباري، وهذا الخبر منشور في جريدة الساحل وقد قام فريق البوابة بالتأكد منه، وتقع مسؤولية الخبر وصحته على مصدره الأصلي.';
    const article = strip(['عنوان عن حركة الشحن في الميناء الشمالي', P1, P2, 'اقرأ الخبر كاملاً من المصدر', 'تابع جريدة الساحل على بوابة الأنباء', disclaimer]);
    expect(article.paragraphs).toEqual([P1, P2]);
  });
});
