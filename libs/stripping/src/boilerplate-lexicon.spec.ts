import { normalizeArabic } from '@app/arabic';
import { isLongDisclaimer, keyOfNormalized, matchLexicon } from './boilerplate-lexicon';

const kindOf = (text: string) => {
  const norm = normalizeArabic(text);
  return matchLexicon(text, norm, keyOfNormalized(norm))?.kind ?? null;
};

describe('isLongDisclaimer', () => {
  it('catches an aggregator disclaimer of any length', () => {
    const text = 'شبكة الأنباء محرك بحث إخباري، والخبر منشور في جريدة أخرى، وقد نقلناه كما ورد فيها دون تعديل من فريق التحرير لدينا في أي من تفاصيله المنشورة، وتقع مسؤولية الخبر وصحته على مصدره.';
    expect(text.length).toBeGreaterThan(120);
    expect(isLongDisclaimer(text)).toBe(true);
  });

  it('leaves a paragraph about responsibility alone', () => {
    expect(isLongDisclaimer('وحمّل الوزير الشركة مسؤولية التأخير في تسليم المشروع، مؤكداً أن الحكومة لن تقبل أي تبرير جديد بعد اليوم، وأن العقود ستراجع كلها.')).toBe(false);
  });
});

describe('matchLexicon', () => {
  it.each([
    ['اتصل بنا', 'navigation'],
    ['الرئيسية » أخبار » سياسة', 'navigation'],
    ['Home | World | Business | Sport', 'navigation'],
    ['الرئيسية أخبار رياضة منوعات', 'navigation'],
    ['اضافة اعلان', 'advertisement'],
    ['شارك على فيسبوك تويتر واتساب', 'share-bar'],
    ['addtoany link whatsapp telegram twitter facebook', 'share-bar'],
    ['A+ A-', 'font-size'],
    ['أ أ', 'font-size'],
    ['تابع شبكة المدار على التلغرام', 'follow-us'],
    ['تابعونا على تويتر', 'follow-us'],
    ['مقالات ذات صلة', 'related-articles'],
    ['إقرأ أيضاً: ارتفاع الأسعار في الأسواق', 'read-also'],
    ['اترك رداً', 'comment-form'],
    ['التعليقات (2)', 'comment-form'],
    ['Your email address will not be published. Required fields are marked *', 'comment-form'],
    ['7 - ثلاثة =', 'captcha'],
    ['العودة للأعلى', 'back-to-top'],
    ['© 2024 جميع الحقوق محفوظة لشبكة المدار', 'copyright'],
    ['اشترك في النشرة البريدية', 'newsletter'],
    ['الوسوم: سوريا، إيران', 'tags'],
    ['#سوريا #إيران #روسيا', 'tags'],
    ['5 تعليقات', 'page-meta'],
    ['3 دقائق للقراءة', 'page-meta'],
    ['شاهد الفيديو', 'media-label'],
    ['شاهد: لحظة انهيار المبنى في الحي القديم', 'media-label'],
    ['— سامر خليل (@samer_k) March 12, 2024', 'embed'],
    ['https://example.com/news/123', 'embed'],
    ['مصدر الصورة: Getty Images', 'caption'],
    ['كن أول من يعلق', 'comment-form'],
    ['اخترنا لك', 'related-articles'],
    ['المقال يعبر عن رأي كاتبه ولا يعبر بالضرورة عن رأي الموقع.', 'disclaimer'],
    ['اشترك في نشرتنا البريدية لتصلك آخر الأخبار يوميا على بريدك.', 'newsletter'],
    ['حمّل تطبيق الموقع على هاتفك الذكي', 'app-promo'],
    ['هاتف: 0096311223344', 'contact'],
    ['المزيد من أخبار سوريا', 'related-articles'],
    ['منذ 3 ساعات', 'page-meta'],
    ['آخر تحديث: 12 مارس 2024', 'page-meta'],
    ['نشر في 12 مارس 2024', 'page-meta'],
    ['حقوق النشر: شبكة الوادي', 'copyright'],
    ['صورة أرشيفية للرئيس خلال زيارة سابقة', 'caption'],
    ['الرئيس خلال مؤتمر صحفي في العاصمة (رويترز)', 'caption'],
    ['اقرأ المقال كاملاً على موقع الناشر', 'read-more'],
    ['Continue reading', 'read-more'],
    ['تابع جريدة المساء على بوابة الأخبار', 'follow-us'],
    ['الصورة 4 من 10', 'gallery'],
    ['7 / 12', 'gallery'],
    ['الخبر السابق | الخبر التالي', 'navigation'],
    ['بعدسة: سلمى يوسف', 'caption'],
    ['شاهد الحلقة كاملة', 'media-label'],
    ['ضيف الحلقة: المهندس سعيد مراد، خبير الطاقة', 'program-info'],
    ['شارك التقرير', 'share-bar'],
    ['تقارير أخرى', 'related-articles'],
    ['حلقات سابقة', 'related-articles'],
    ['المزيد في: اقتصاد', 'related-articles'],
    ['View this post on Instagram', 'embed'],
  ])('%s -> %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it.each([
    'تمويل دولي',
    'مواضيع شائكة على طاولة القمة',
    'منذ بداية الحرب',
    'وقال الوزير إن بلاده تتابع التطورات على الحدود عن كثب.',
    'صورة الاقتصاد العربي في عام صعب',
    'نشر في الجريدة الرسمية قرار بتعيين محافظ جديد',
    'حقوق النشر في العالم العربي تواجه تحديات رقمية',
    'المزيد من العقوبات',
    'شارك على الأقل خمسمئة شخص في المسيرة',
    'اشترك في الاحتجاجات آلاف الطلاب',
    'تابعوا التطورات معنا',
    'تابع الوزير جولته على المحافظات الجنوبية، والتقى المزارعين.',
    'صورة من الماضي',
    'تقديم الدعم للمزارعين',
    'خيارات أخرى',
    'المزيد في الطريق',
    'مقالات أخرى للكاتب نفسه تناولت القضية ذاتها بالتفصيل.',
  ])('leaves body text alone: %s', (text) => {
    expect(kindOf(text)).toBeNull();
  });
});
