/**
 * Boilerplate phrases and patterns of Arabic (and common English) news pages.
 * Phrases are written as they appear and normalised at load time, so hamza, ya,
 * ta marbuta and tanween variants all match ("اقرأ أيضاً" = "اقرا ايضا").
 * Every rule carries an example of a line it catches.
 */
import { normalizeArabic } from '@app/arabic';

export type BoilerplateKind =
  | 'navigation'
  | 'share-bar'
  | 'font-size'
  | 'advertisement'
  | 'follow-us'
  | 'related-articles'
  | 'read-also'
  | 'comment-form'
  | 'captcha'
  | 'back-to-top'
  | 'copyright'
  | 'newsletter'
  | 'tags'
  | 'caption'
  | 'page-meta'
  | 'login'
  | 'contact'
  | 'disclaimer'
  | 'form-field'
  | 'media-label'
  | 'end-mark'
  | 'feedback'
  | 'embed'
  | 'app-promo'
  | 'loading'
  | 'read-more'
  | 'gallery'
  | 'program-info';

export interface LexiconHit {
  kind: BoilerplateKind;
  /** The body ends here ("مقالات ذات صلة"): everything after is the page around the article. */
  terminal: boolean;
}

/** Comparison key of a line: normalised, punctuation and symbols turned to spaces. */
export function lineKey(text: string): string {
  return keyOfNormalized(normalizeArabic(text));
}

/** lineKey of text already passed through normalizeArabic. */
export function keyOfNormalized(norm: string): string {
  return norm
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const keys = (phrases: string[]) => new Set(phrases.map(lineKey));

/** Whole-line phrases, by kind. */
const WHOLE_LINE: Array<[BoilerplateKind, Set<string>]> = [
  // "اتصل بنا", "أعلن معنا", "Contact us": site navigation links.
  ['navigation', keys([
    'الرئيسية', 'الصفحة الرئيسية', 'من نحن', 'اتصل بنا', 'اتصلوا بنا', 'تواصل معنا', 'أعلن معنا', 'للإعلان', 'للاعلان معنا',
    'سياسة الخصوصية', 'شروط الاستخدام', 'الشروط والأحكام', 'خريطة الموقع', 'هيئة التحرير', 'أسرة التحرير', 'الأرشيف',
    'بحث', 'ابحث', 'القائمة', 'المزيد', 'عرض المزيد', 'التالي', 'السابق', 'الخبر التالي', 'الخبر السابق', 'المقال التالي',
    'المقال السابق', 'الصورة التالية', 'الصورة السابقة', 'English', 'Français', 'عربي', 'أخبار', 'كل الأخبار', 'جميع الأخبار', 'محتويات المقال', 'جدول المحتويات',
    'استمع إلى المقال', 'استمع للمقال', 'استمع', 'تم نسخ الرابط', 'انقر هنا', 'اضغط هنا', 'عاجل',
    'home', 'contact', 'contact us', 'about', 'about us', 'privacy policy', 'terms of use', 'terms and conditions',
    'sitemap', 'menu', 'search', 'more', 'next', 'previous', 'skip to content', 'skip to main content',
    'accueil', 'contact', 'contactez-nous', 'qui sommes-nous', 'mentions légales', 'recherche', 'rechercher', 'menu principal',
    'تخطى إلى المحتوى', 'انتقل إلى المحتوى', 'بحث عن', 'تحميل المزيد', 'عرض المزيد من الأخبار', 'مباشر', 'تحديث تلقائي', 'بث مباشر',
  ])],
  // "اضافة اعلان", "Advertisement": ad slots.
  ['advertisement', keys([
    'إعلان', 'اعلانات', 'إضافة إعلان', 'مساحة إعلانية', 'محتوى مدعوم', 'محتوى ممول', 'برعاية', 'إعلان تجاري',
    'advertisement', 'advertising', 'ad', 'ads', 'sponsored', 'sponsored content', 'promoted', 'publicité', 'annonce',
  ])],
  // "مقالات ذات صلة", "Related articles": list of other articles; the body is over.
  ['related-articles', keys([
    'مقالات ذات صلة', 'أخبار ذات صلة', 'مواضيع ذات صلة', 'موضوعات ذات صلة', 'ذات صلة', 'أخبار متعلقة', 'مقالات متعلقة',
    'مواضيع متعلقة', 'موضوعات متعلقة', 'أخبار مشابهة', 'مقالات مشابهة', 'أخبار ذات علاقة', 'المزيد من الأخبار',
    'المزيد من المقالات', 'الأكثر قراءة', 'الأكثر مشاهدة', 'الأكثر تداولا', 'الأكثر تعليقا', 'الأكثر شعبية', 'أحدث الأخبار',
    'آخر الأخبار', 'أخبار أخرى', 'قد يعجبك أيضا', 'قد يهمك أيضا', 'قد يعجبك', 'قد يهمك', 'ننصحك بقراءة', 'شاهد أيضا',
    'مقالات قد تعجبك', 'مقالات قد تعجبك أيضا', 'ربما يعجبك أيضا', 'لا تفوتك', 'لا يفوتك', 'موضوعات قد تهمك', 'أخبار قد تهمك',
    'اخترنا لك', 'مختارات', 'المزيد من المواضيع', 'مقالات أخرى', 'كل المقالات', 'جميع المقالات',
    'related', 'related articles', 'related posts', 'related news', 'related stories', 'more stories', 'more news',
    'you may also like', 'you might also like', 'most read', 'most popular', 'latest news', 'recommended',
    'à lire aussi', 'a lire aussi', 'lire aussi', 'voir aussi', 'articles similaires', 'sur le même sujet', 'les plus lus',
    'أخبار مرتبطة', 'مقالات مرتبطة', 'مقالات مشابهة', 'مقالات قد تهمك', 'أخبار قد تعجبك', 'قصص مقترحة', 'مواضيع مقترحة',
    'مقالات مقترحة', 'أخبار مقترحة', 'اقتراحات', 'suggested stories', 'top stories',
  ])],
  // "اقرأ أيضاً": an inline pointer to another article; the body may go on after it.
  ['read-also', keys(['اقرأ أيضا', 'إقرأ أيضا', 'اقرأ المزيد', 'اقرأ كذلك', 'طالع أيضا', 'يهمك أيضا', 'read also', 'read more', 'see also'])],
  // "اترك تعليقاً", "Leave a Reply": the comment form starts; the body is over.
  ['comment-form', keys([
    'اترك تعليقا', 'اترك ردا', 'أضف تعليق', 'أضف تعليقك', 'أضف تعليقا', 'التعليقات', 'تعليقات', 'تعليقك', 'علق', 'شارك برأيك',
    'اكتب تعليقك', 'إرسال التعليق', 'أرسل التعليق', 'التعليقات مغلقة', 'لا توجد تعليقات', 'كن أول من يعلق', 'أضف تعليقا جديدا',
    'leave a reply', 'leave a comment', 'comments', 'post comment', 'commentaires', 'laisser un commentaire', 'ajouter un commentaire',
    'تعليقات الزوار', 'تعليقات القراء', 'عدد التعليقات',
  ])],
  // "الاسم", "البريد الإلكتروني", "Submit": form fields; alone they do not end the body.
  ['form-field', keys(['إرسال', 'الاسم', 'الاسم الكامل', 'البريد الإلكتروني', 'الموقع الإلكتروني', 'رقم الهاتف', 'submit', 'name', 'email', 'website'])],
  // "زر الذهاب إلى الأعلى", "Back to top".
  ['back-to-top', keys([
    'زر الذهاب إلى الأعلى', 'الذهاب إلى الأعلى', 'العودة إلى الأعلى', 'العودة للأعلى', 'إلى الأعلى', 'للأعلى', 'أعلى الصفحة',
    'back to top', 'go to top', 'scroll to top', 'top',
  ])],
  // "(انتهى)", "يتبع": agency end marks.
  ['end-mark', keys(['انتهى', 'انتهي', 'يتبع', 'النهاية', 'end', 'ends'])],
  // "شاهد الفيديو", "بالصور": labels of media players and galleries.
  ['media-label', keys([
    'فيديو', 'الفيديو', 'شاهد الفيديو', 'شاهد', 'بالفيديو', 'صور', 'بالصور', 'ألبوم الصور', 'معرض الصور', 'إنفوغراف', 'انفوجراف',
    'إنفوجرافيك', 'تشغيل', 'video', 'watch', 'photos', 'gallery', 'play', 'infographic',
  ])],
  // "تكبير الخط": font-size controls spelled out.
  ['font-size', keys(['تكبير الخط', 'تصغير الخط', 'حجم الخط', 'حجم الخط تكبير تصغير', 'font size'])],
  // "شارك", "طباعة": a share bar spelled in words.
  ['share-bar', keys([
    'شارك', 'شارك الخبر', 'شارك المقال', 'مشاركة', 'مشاركة الخبر', 'شارك على', 'انشر', 'طباعة', 'اطبع', 'نسخ الرابط',
    'رابط مختصر', 'الرابط المختصر', 'أرسل لصديق', 'share', 'share this', 'share this article', 'print', 'copy link',
    'partager', 'imprimer', 'شارك الخبر على', 'شارك المقال على',
  ])],
  // "النشرة البريدية": newsletter sign-up.
  ['newsletter', keys([
    'النشرة البريدية', 'اشترك في النشرة البريدية', 'اشترك في نشرتنا البريدية', 'اشترك الآن', 'اشترك', 'اشتراك',
    'newsletter', 'subscribe', 'subscribe now', 'sign up',
  ])],
  // "تسجيل الدخول": account links.
  ['login', keys(['تسجيل الدخول', 'دخول', 'تسجيل', 'إنشاء حساب', 'تسجيل الخروج', 'login', 'log in', 'sign in', 'register', 'logout'])],
  // "جاري التحميل...": script placeholders.
  ['loading', keys(['جاري التحميل', 'جار التحميل', 'يرجى الانتظار', 'loading', 'please wait'])],
];

/**
 * Line-start phrases; the line is boilerplate when it is short (a label followed by a
 * few words).  With `colon`, the phrase must stand alone or be followed by ":" (a label),
 * so a sub-heading that merely starts with the word is not caught; `dated` also accepts
 * a line with a number in it ("نشر في 12 مارس 2024").
 */
const LINE_START: Array<[BoilerplateKind, string[], number, { colon?: boolean; dated?: boolean }?]> = [
  // "اقرأ أيضاً: عنوان مقال آخر".
  ['read-also', ['اقرأ أيضا', 'إقرأ أيضا', 'اقرأ ايضا', 'اقرأ المزيد', 'طالع أيضا', 'شاهد أيضا', 'اقرأ كذلك', 'يهمك أيضا', 'read also', 'read more', 'see also'], 25],
  // "تنويه: المعلومات الواردة لأغراض التوعية فقط", "Disclaimer: ...".
  ['disclaimer', ['تنويه', 'إخلاء مسؤولية', 'إخلاء المسؤولية', 'ملاحظة المحرر', 'disclaimer', 'avertissement'], 40, { colon: true }],
  // "هل كان هذا المقال مفيداً؟ نعم لا", "Was this article helpful?".
  ['feedback', ['هل كان هذا المقال مفيدا', 'هل أعجبك المقال', 'هل أعجبك الخبر', 'قيم المقال', 'تقييم المقال', 'was this article helpful', 'rate this article'], 10],
  // "الوسوم: روسيا إيران سوريا", "Tags: Russia, Iran".
  ['tags', ['الوسوم', 'وسوم', 'الكلمات المفتاحية', 'كلمات مفتاحية', 'الكلمات الدلالية', 'كلمات دلالية', 'مواضيع', 'تصنيفات', 'التصنيف', 'tags', 'topics', 'keywords', 'filed under', 'mots clés', 'mots-clés', 'étiquettes'], 25, { colon: true }],
  // "جميع الحقوق محفوظة © 2024", "حقوق النشر".
  ['copyright', ['جميع الحقوق محفوظة', 'كافة الحقوق محفوظة', 'all rights reserved', 'tous droits réservés'], 30],
  // "حقوق النشر: شبكة الوادي 2024", "Copyright: ...": a label (an article may be about copyright).
  ['copyright', ['حقوق النشر', 'حقوق الطبع', 'copyright'], 12, { colon: true }],
  // "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *".
  ['comment-form', ['لن يتم نشر عنوان بريدك الإلكتروني', 'لن يتم نشر بريدك الإلكتروني', 'الحقول المطلوبة', 'الحقول الإلزامية', 'your email address will not be published', 'required fields are marked', 'save my name', 'احفظ اسمي'], 40],
  // "تابعونا على تويتر", "Follow us on Facebook", "انضم إلى قناتنا على تلغرام".
  ['follow-us', ['تابعونا على', 'تابعونا عبر', 'تابعنا على', 'تابعنا عبر', 'انضم إلى قناتنا', 'انضموا إلى قناتنا', 'اشترك في قناتنا', 'لمتابعة آخر الأخبار', 'لمتابعة أخبارنا', 'follow us', 'join our channel'], 20],
  // "عدد المشاهدات: 1234", "آخر تحديث: 12 مارس 2024", "وقت القراءة 3 دقائق".
  ['page-meta', ['عدد المشاهدات', 'عدد القراءات', 'وقت القراءة', 'زمن القراءة', 'مدة القراءة'], 12],
  // "نشر في: 12 مارس 2024", "آخر تحديث 10:30": with a colon or a number ("نشر في الجريدة الرسمية قرار" is news).
  ['page-meta', ['آخر تحديث', 'تم التحديث', 'تم النشر', 'تاريخ النشر', 'تاريخ الإضافة', 'نشر في', 'نشر بتاريخ', 'last updated', 'published on', 'posted on'], 12, { colon: true, dated: true }],
  // "المشاهدات: 1234", "Updated: 12 March".
  ['page-meta', ['المشاهدات', 'مشاهدات', 'القراءات', 'updated', 'published', 'views'], 8, { colon: true }],
  // "صورة أرشيفية للرئيس السوري", "صورة تعبيرية".
  ['caption', ['صورة أرشيفية', 'صورة من الأرشيف', 'صورة تعبيرية', 'صورة توضيحية', 'file photo'], 16],
  // "شاهد: لحظة انهيار المبنى", "فيديو: ...": the title of an embedded video.
  ['media-label', ['شاهد', 'فيديو', 'بالفيديو', 'شاهد بالفيديو', 'watch', 'video'], 16, { colon: true }],
  // "مصدر الصورة: Getty Images", "حقوق الصورة: رويترز".
  ['caption', ['مصدر الصورة', 'حقوق الصورة', 'التعليق على الصورة', 'getty images'], 24],
  // "الصورة: رويترز", "تصوير: أحمد", "Photo: AFP".
  ['caption', ['الصورة', 'صورة', 'تصوير', 'photo', 'image', 'credit'], 16, { colon: true }],
  // "المزيد من أخبار سوريا", "شاهد المزيد": a list of other articles follows.
  // "المزيد في: اقتصاد", "More in: Business": a label before other articles of a section.
  ['related-articles', ['المزيد في', 'more in'], 5, { colon: true }],
  ['related-articles', ['المزيد من أخبار', 'المزيد من الأخبار', 'المزيد من مقالات', 'المزيد من المقالات', 'المزيد من المواضيع', 'شاهد المزيد', 'مزيد من الأخبار', 'more from', 'more stories from'], 6],
  // "شارك هذا المقال", "Share on Facebook".
  ['share-bar', ['شارك هذا', 'شارك المقال', 'شارك الخبر', 'مشاركة الخبر', 'مشاركة المقال', 'share on', 'share this', 'share via'], 8],
  // "هاتف: 0096...", "للتواصل: info@...", "العنوان: شارع ...".
  ['contact', ['هاتف', 'الهاتف', 'تلفون', 'فاكس', 'للتواصل', 'للاتصال', 'للإعلان', 'البريد الإلكتروني', 'بريد إلكتروني', 'العنوان', 'ص ب', 'phone', 'tel', 'fax', 'e-mail', 'email', 'address'], 12, { colon: true }],
  // "اشترك في نشرتنا البريدية لتصلك آخر الأخبار", "Subscribe to our newsletter".
  ['newsletter', ['اشترك في النشرة', 'اشترك في نشرتنا', 'اشتركوا في نشرتنا', 'اشترك الآن', 'سجل بريدك', 'أدخل بريدك', 'subscribe to our', 'sign up for our'], 25],
  // "حمل تطبيق الموقع على هاتفك", "Download our app".
  ['app-promo', ['حمل تطبيق', 'حمّل تطبيق', 'تحميل تطبيق', 'نزل تطبيق', 'download our app', 'get the app'], 20],
  // "اقرأ الخبر كاملاً من المصدر", "Continue reading": an aggregator's link to the original; the story is over.
  ['read-more', ['اقرأ الخبر كاملا', 'اقرأ المقال كاملا', 'اقرأ التفاصيل كاملة', 'اقرأ الخبر من المصدر', 'اقرأ المزيد من المصدر', 'لقراءة الخبر كاملا', 'لقراءة المقال كاملا', 'لقراءة التفاصيل', 'تابع القراءة', 'الخبر كاملا من المصدر', 'continue reading', 'read full story', 'read the full story', 'read the full article', 'lire la suite'], 10],
  // "عدسة: آرام جلال", "بعدسة: ...": a photographer's credit.
  ['caption', ['عدسة', 'بعدسة', 'بعدسة المصور', 'photographer', 'photographe'], 8, { colon: true }],
  // "شاهد الحلقة كاملة", "مشاهدة الفيديو": links to a player.
  ['media-label', ['شاهد الحلقة', 'شاهد الفيديو', 'شاهد المقطع', 'شاهد البث', 'مشاهدة الفيديو', 'مشاهدة الحلقة', 'تشغيل الفيديو', 'watch the video', 'watch the episode'], 6],
  // "ضيوف الحلقة: د. فلان – خبير ...", "مقدم البرنامج: ...": a programme's credits, not the article nor its author.
  ['program-info', ['ضيوف الحلقة', 'ضيف الحلقة', 'ضيوف البرنامج', 'ضيف البرنامج', 'مقدم البرنامج', 'مقدمة البرنامج', 'تقديم', 'إعداد وتقديم', 'إخراج', 'تاريخ البث', 'موعد البث', 'موعد العرض', 'مدة الحلقة', 'guests', 'presenter', 'host'], 40, { colon: true }],
  // "شارك الحوار", "شارك الحلقة": a share button named for the kind of page.
  ['share-bar', ['شارك الحوار', 'شارك الحلقة', 'شارك التقرير', 'شارك الفيديو', 'شارك القصة', 'شارك الصور', 'شارك عبر'], 4],
  // "إعلان - شركة كذا": ad labels with a brand after.
  ['advertisement', ['إعلان ممول', 'محتوى ممول', 'محتوى مدعوم', 'sponsored', 'advertisement'], 12],
];

/**
 * Phrases that mark a line as boilerplate wherever they stand in it (lines of at most
 * 40 words): "المقال يعبر عن رأي كاتبه ولا يعبر بالضرورة عن رأي الموقع", cookie banners.
 */
const ANYWHERE: Array<[BoilerplateKind, string[]]> = [
  ['disclaimer', [
    'لا يعبر بالضرورة عن', 'لا تعبر بالضرورة عن', 'يعبر عن رأي كاتبه', 'تعبر عن رأي كاتبها', 'تعبر عن آراء كتابها',
    'الآراء الواردة في', 'المقالات المنشورة تعبر', 'do not necessarily reflect', 'does not necessarily reflect',
  ]],
  ['copyright', ['جميع الحقوق محفوظة', 'كافة الحقوق محفوظة', 'حقوق النشر محفوظة', 'حقوق الطبع محفوظة', 'الحقوق محفوظة', 'يمنع نسخ', 'يحظر نسخ', 'يمنع إعادة نشر', 'all rights reserved', 'tous droits réservés']],
  ['navigation', ['ملفات تعريف الارتباط', 'ملفات الكوكيز', 'we use cookies', 'this website uses cookies', 'utilise des cookies', 'enable javascript', 'اضغط هنا', 'click here']],
];
const NAVIGATION = WHOLE_LINE.find(([kind]) => kind === 'navigation')![1];

/**
 * An aggregator's or republisher's disclaimer, matched in raw text because it runs long:
 * "X محرك بحث إخباري، وهذا الخبر منشور في صحيفة Y ... وتقع مسؤولية الخبر وصحته على مصدره الأصلي."
 */
const LONG_DISCLAIMER =
  /محرك\s+بحث\s+(?:إ|ا)خباري|مس(?:ؤ|ئ)ولي(?:ة|ه)\s+(?:الخبر|المحتوى|ما\s+ينشر|النشر)\s+(?:و\S+\s+)?(?:علي|على)\s+(?:مصدره|المصدر|الناشر)|(?:هذا|وهذا)\s+الخبر\s+(?:منشور|منقول)\s+(?:في|من|عن)|لا\s+يتحمل\s+الموقع\s+(?:أ|ا)ي\s+مس(?:ؤ|ئ)ولية/;

/** Whether a long line (past the lexicon's length) is an aggregator's disclaimer. */
export const isLongDisclaimer = (text: string) => text.length <= 500 && LONG_DISCLAIMER.test(text);

const ANYWHERE_KEYS = ANYWHERE.map(([kind, phrases]) => ({ kind, phrases: phrases.map(lineKey) }));

/** Social networks and share verbs: a line made of them is a share bar. */
const SOCIAL = keys([
  'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'pinterest', 'reddit', 'messenger', 'email', 'e-mail', 'mail',
  'print', 'addtoany', 'link', 'copy', 'share', 'tumblr', 'vk', 'viber', 'instagram', 'youtube', 'tiktok', 'snapchat', 'google',
  'فيسبوك', 'فيس بوك', 'تويتر', 'واتساب', 'واتس اب', 'تلغرام', 'تليغرام', 'تيليجرام', 'تلجرام', 'لينكد إن', 'لينكدإن', 'انستغرام',
  'إنستغرام', 'يوتيوب', 'تيك توك', 'سناب شات', 'بريد', 'إيميل', 'طباعة', 'مشاركة', 'شارك', 'نسخ', 'الرابط', 'رابط', 'عبر', 'على',
].flatMap((k) => k.split(' ')));

/** A section name of a news-site menu ("تقارير", "رياضة"): no part of a person's name. */
export const isMenuWord = (word: string) => MENU_WORDS.has(lineKey(word));

/** Social networks by name ("التلغرام" is matched without its article). */
const NETWORKS = keys([
  'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'instagram', 'youtube', 'tiktok', 'snapchat', 'threads',
  'فيسبوك', 'فيس', 'تويتر', 'واتساب', 'واتس', 'تلغرام', 'تليغرام', 'تيليجرام', 'تلجرام', 'تلغرم', 'انستغرام', 'إنستغرام',
  'انستجرام', 'يوتيوب', 'تيك', 'سناب', 'لينكدإن', 'نبض', 'جوجل', 'google',
]);
const isNetwork = (t: string) => NETWORKS.has(t) || (t.startsWith('ال') && NETWORKS.has(t.slice(2)));
/** Whether a text names a social network ("على التلغرام", "on Facebook"). */
export const namesNetwork = (text: string) => lineKey(text).split(' ').some(isNetwork);
/** Verbs that open a follow-us line: "تابع ميدل ايست نيوز على التلغرام", "تابعونا عبر فيسبوك". */
const FOLLOW_VERBS = keys(['تابع', 'تابعوا', 'تابعونا', 'تابعنا', 'تابعي', 'follow', 'تابعو']);

/** Section names of news-site menus: a line made of them is navigation ("الرئيسية سياسة اقتصاد رياضة"). */
const MENU_WORDS = keys([
  'الرئيسية', 'أخبار', 'الأخبار', 'سياسة', 'اقتصاد', 'رياضة', 'فن', 'فنون', 'ثقافة', 'منوعات', 'تكنولوجيا', 'تقنية', 'صحة', 'مقالات',
  'فيديو', 'صور', 'رأي', 'الرأي', 'محليات', 'محلي', 'عربي', 'عربية', 'دولي', 'دولية', 'عالم', 'العالم', 'مجتمع', 'تقارير', 'حوارات',
  'ملفات', 'تحقيقات', 'اقتصادية', 'سياسية', 'رياضية', 'كتاب', 'الكتاب', 'وسائط', 'ملتيميديا', 'إنفوغراف', 'بودكاست', 'مدونات',
  'home', 'news', 'politics', 'economy', 'business', 'sports', 'sport', 'culture', 'tech', 'technology', 'health', 'opinion',
  'video', 'videos', 'photos', 'world', 'local', 'lifestyle', 'entertainment', 'science', 'travel', 'podcasts',
  'accueil', 'actualités', 'actualité', 'politique', 'économie', 'société', 'culture', 'monde', 'international', 'régions', 'vidéos',
].flatMap((k) => k.split(' ')));

/** A photographer credited at the end: "... (تصوير: محمد الظنحاني)", "... - تصوير: عبدالله الحربي", "© أ ف ب". */
const PHOTO_CREDIT = /(?:[(\-–—]\s*|\s)(?:تصوير|عدسه|photo|credit|الصوره|صوره)\s*[:：][^()]{2,40}\)?\s*$|©\s*[^\d\s][^©]{1,30}$/;
/** Agencies credited in captions: "الرئيس في طهران (رويترز)". */
const CAPTION_CREDIT = /\((?:رويترز|ا ف ب|اف ب|افب|الاناضول|اب|ارشيفيه|ارشيف|صوره ارشيفيه|getty|afp|reuters|ap|epa)\)\s*$/;

const LINE_START_KEYS = LINE_START.map(([kind, phrases, maxWords, opts]) => ({
  kind,
  phrases: phrases.map(lineKey),
  maxWords,
  colon: opts?.colon ?? false,
  dated: opts?.dated ?? false,
}));

/** "منذ 3 ساعات", "نشر منذ 5 دقائق", "2 hours ago": relative publication times. */
const TIME_AGO = /^(?:نشر\s+)?منذ\s+\d+\s*(?:ثانيه|ثوان|ثواني|دقيقه|دقايق|دقائق|ساعه|ساعات|يوم|ايام|اسبوع|اسابيع|شهر|اشهر)|^\d+\s*(?:seconds?|minutes?|mins?|hours?|days?|weeks?)\s+ago$/;

const startsWithPhrase = (key: string, phrase: string) =>
  key === phrase || (key.startsWith(phrase) && key.charCodeAt(phrase.length) === 32);

/** True when `norm` starts with `phrase` followed by a colon or dash: "الوسوم: ...". */
function labelled(norm: string, phrase: string): boolean {
  const m = /^[^\p{L}\p{N}]*/u.exec(norm);
  const rest = norm.slice(m ? m[0].length : 0).replace(/\s+/g, ' ');
  if (!rest.startsWith(phrase)) return false;
  return /^\s*[:：\-–]/.test(rest.slice(phrase.length));
}

/** Counters: "5 تعليقات", "1,234 مشاهدة", "12 shares". */
const COUNTER =
  /^\d[\d ]*\s*(?:تعليق|تعليقات|مشاهده|مشاهدات|قراءه|قراءات|مشاركه|مشاركات|اعجاب|comments?|views?|shares?|likes?|reads?|(?:دقيقه|دقايق|دقائق)\s*(?:للقراءه|قراءه)|min(?:ute)?s?\s*read)$/;
/** Embedded posts: "— أحمد (@ahmad) March 12, 2024", "pic.twitter.com/x1y2". */
const EMBED = /\(@\w{2,}\)|pic\.twitter\.com\/|^https?:\/\/\S+$|^(?:www\.)?\S+\.(?:com|net|org)(?:\/\S*)?$/i;
/** A line of hashtags: "#سوريا #إيران #روسيا". */
const HASHTAGS = /^(?:#[^\s#]+[\s،,]*){2,}$/u;

/** A gallery's counter: "صورة 1 من 6", "الصورة 3/12", "Photo 2 of 8", "1 / 6". */
/** "حوارات أخرى", "حلقات سابقة", "فيديوهات مقترحة": a kind of article and a word saying "more of them". */
const MORE_OF_KIND =
  /^(?:ال)?(?:مقالات|اخبار|مواضيع|موضوعات|حوارات|تقارير|حلقات|قصص|فيديوهات|مقاطع|اعداد|قراءات|اراء|تحقيقات|مقابلات|برامج|صور|البومات) (?:اخري|سابقه|مشابهه|مقترحه|متعلقه|مرتبطه|ذات صله|ذات علاقه)$/;
/** Embeds of other networks: "View this post on Instagram", "A post shared by ...". */
const SOCIAL_EMBED = /^(?:view this post on instagram|a post shared by|عرض هذا المنشور على|منشور تمت مشاركته بواسطة|watch on youtube|شاهد على يوتيوب)/;
const GALLERY_COUNTER = /^(?:(?:ال)?صوره|photo|image|slide)?\s*\d{1,3}\s*(?:من|\/|of|sur)\s*\d{1,3}$/;
/** "تابع صحيفة الأفق على لمحة نيوز": following a named outlet somewhere (an aggregator's footer). */
const FOLLOW_ON = /^(?:تابع|تابعوا|تابعي|follow)\s+\S+(?:\s+\S+){0,4}\s+(?:علي|عبر|on)\s+\S+(?:\s+\S+){0,2}$/;

/** Font-size buttons: "أ أ", "A A", "A+ A-", "+ -". */
const FONT_BUTTONS = /^(?:[أاaA]\s*[+\-]?\s*){2,3}$|^[+\-]\s*[+\-]$/;
/** Captcha sums: "2 + اثنان =", "خمسة × 3 = ?". */
const CAPTCHA = /^\s*[\p{L}\p{N}]+\s*[+\-×x*]\s*[\p{L}\p{N}]+\s*=\s*\??\s*[\p{N}]*\s*$/u;
/** Breadcrumbs and menus joined by separators: "الرئيسية » أخبار » سياسة", "Home | News | World". */
const MENU_SEPARATORS = /\s[|»›>•·]\s|\s\/\s/g;

/**
 * The boilerplate kind of a line, or null.  `key` is lineKey(text); the raw text
 * is needed for symbol-level patterns (font buttons, captchas, breadcrumbs).
 */
export function matchLexicon(text: string, norm: string, key: string): LexiconHit | null {
  const trimmed = text.trim();
  if (FONT_BUTTONS.test(trimmed)) return { kind: 'font-size', terminal: false };
  if (CAPTCHA.test(trimmed)) return { kind: 'captcha', terminal: false };
  if (/^captcha|لست روبوت|i'?m not a robot|ادخل الرمز|رمز التحقق/.test(key)) return { kind: 'captcha', terminal: false };
  if (/^[©®]|©\s*\d{4}|\(c\)\s*\d{4}/i.test(trimmed)) return { kind: 'copyright', terminal: false };
  if (COUNTER.test(key)) return { kind: 'page-meta', terminal: false };
  // Counts beside a label do not change it: "التعليقات (2)", "Comments 12".
  const bare = /\d/.test(key) ? key.replace(/\s*\d+\s*/g, ' ').trim() : key;
  for (const [kind, set] of WHOLE_LINE) {
    if (set.has(key) || (bare.length > 0 && set.has(bare))) return { kind, terminal: kind === 'related-articles' || kind === 'comment-form' };
  }
  if (key.length === 0) return null;
  const tokens = key.split(' ');
  if (tokens.length <= 8 && TIME_AGO.test(key)) return { kind: 'page-meta', terminal: false };
  for (const { kind, phrases, maxWords, colon, dated } of LINE_START_KEYS) {
    if (tokens.length > maxWords) continue;
    for (const phrase of phrases) {
      if (!startsWithPhrase(key, phrase)) continue;
      if (!colon || key === phrase || labelled(norm, phrase) || (dated && /\d/.test(key))) {
        // A comment-form notice starts the comments section; a "read also" label does not end the body.
        return { kind, terminal: kind === 'comment-form' || kind === 'related-articles' };
      }
    }
  }
  if (tokens.length <= 40) {
    const padded = ` ${key} `;
    for (const { kind, phrases } of ANYWHERE_KEYS) {
      if (phrases.some((p) => padded.includes(` ${p} `))) return { kind, terminal: false };
    }
  }
  if (EMBED.test(trimmed)) return { kind: 'embed', terminal: false };
  if (HASHTAGS.test(trimmed)) return { kind: 'tags', terminal: false };
  if (tokens.length <= 20 && FOLLOW_VERBS.has(tokens[0]) && tokens.some(isNetwork)) return { kind: 'follow-us', terminal: false };
  // A label line without sentence marks: "تابع صحيفة الأفق الجديد على لمحة نيوز".
  if (tokens.length <= 9 && FOLLOW_ON.test(key) && !/[.،,؛!؟?]/.test(trimmed)) return { kind: 'follow-us', terminal: false };
  if (tokens.length <= 4 && MORE_OF_KIND.test(key)) return { kind: 'related-articles', terminal: true };
  if (tokens.length <= 12 && SOCIAL_EMBED.test(key)) return { kind: 'embed', terminal: false };
  if (tokens.length <= 5 && GALLERY_COUNTER.test(norm.trim().toLowerCase())) return { kind: 'gallery', terminal: false };
  if (tokens.length <= 12 && CAPTION_CREDIT.test(norm)) return { kind: 'caption', terminal: false };
  if (tokens.length <= 24 && PHOTO_CREDIT.test(norm)) return { kind: 'caption', terminal: false };
  if (tokens.length <= 14) {
    const social = tokens.filter((t) => SOCIAL.has(t)).length;
    if (social >= 2 && social / tokens.length >= 0.6) return { kind: 'share-bar', terminal: false };
    const menu = tokens.filter((t) => MENU_WORDS.has(t)).length;
    if ((tokens.length >= 3 && menu / tokens.length >= 0.7) || (tokens.length === 2 && menu === 2)) {
      return { kind: 'navigation', terminal: false };
    }
  }
  // "السابق | التالي", "الخبر السابق • الخبر التالي": links that are each a navigation label.
  const parts = trimmed.split(/\s+[|»›•·/]\s+/);
  if (parts.length >= 2 && parts.every((p) => NAVIGATION.has(lineKey(p)))) return { kind: 'navigation', terminal: false };
  const separators = trimmed.match(MENU_SEPARATORS)?.length ?? 0;
  if (separators >= 2 && tokens.length <= 4 * (separators + 1) && !/[.؟?!،,]/.test(trimmed)) {
    return { kind: 'navigation', terminal: false };
  }
  return null;
}
