import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import type { TextBlock } from '@app/contracts';
import { stripBoilerplate } from './strip';
import { stripOutcome } from './outcome';
import { InMemorySiteHistory } from './site-history';
import {
  ALL_BOILERPLATE_PAGE,
  ARABIC_HTML_PAGE,
  ARABIC_TEXT_PAGE,
  COMMENTS_PAGE,
  ENGLISH_PAGE,
  KICKER_PAGE,
  LIST_PAGE,
  OPINION_PAGE,
  SPORTS_PAGE,
  UNMARKED_FOOTER_PAGE,
} from './fixtures/invented-pages';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const squeeze = (s: string) => s.replace(/\s+/g, '');
const blocksOf = (text: string): TextBlock[] =>
  text
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => ({ text: l }));

interface Gold {
  title: string | null;
  body: string[];
  metadata: { site?: string; author?: string; source?: string };
}

const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({
    name: f,
    text: readFileSync(join(SEEDS, f), 'utf8'),
    gold: JSON.parse(readFileSync(join(SEEDS, 'gold', f.replace(/\.txt$/, '.json')), 'utf8')) as Gold,
  }));

describe('stripBoilerplate on the seeds (regression)', () => {
  it('finds the five seeds', () => expect(seeds).toHaveLength(5));

  describe.each(seeds.map((s) => [s.name, s] as const))('%s', (_name, seed) => {
    const article = stripBoilerplate({ blocks: blocksOf(seed.text) });

    it('keeps every gold body line, in order (white space ignored, glued headings may be split)', () => {
      expect(squeeze(article.paragraphs.join(''))).toBe(squeeze(seed.gold.body.join('')));
    });

    it('keeps nothing that is not body text', () => {
      const gold = seed.gold.body.map(squeeze);
      for (const p of article.paragraphs) expect(gold.some((g) => g.includes(squeeze(p)))).toBe(true);
    });

    it('finds the title (or none where the page has none)', () => {
      expect(article.title).toBe(seed.gold.title);
    });

    it('finds author, source and site where the gold has them', () => {
      for (const field of ['author', 'source', 'site'] as const) {
        if (seed.gold.metadata[field]) expect(article[field]).toBe(seed.gold.metadata[field]);
      }
    });

    it('accounts for every dropped line and accepts the article', () => {
      const blocks = blocksOf(seed.text);
      const unsplit = stripBoilerplate({ blocks }, undefined, { splitGlued: false });
      expect(unsplit.removed.length + unsplit.paragraphs.length).toBe(blocks.length);
      expect(unsplit.removed.map((r) => r.index)).toEqual([...new Set(unsplit.removed.map((r) => r.index))]);
      expect(stripOutcome(article)).toEqual({ ok: true });
      expect(article.language).toBe('ar');
    });
  });

  it('splits a sub-heading glued after a full stop into its own paragraph', () => {
    const seed = seeds.find((s) => s.text.includes('ممكن.'))!;
    const article = stripBoilerplate({ blocks: blocksOf(seed.text) });
    expect(article.paragraphs.length).toBeGreaterThan(seed.gold.body.length);
    expect(article.paragraphs.some((p) => p.endsWith('ممكن.'))).toBe(true);
  });

  it('reads the page date line into publishedAt, preferring the Gregorian date', () => {
    const seed = seeds.find((s) => /^\S+، \d+ رمضان/.test(s.text))!;
    expect(stripBoilerplate({ blocks: blocksOf(seed.text) }).publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('stripBoilerplate on invented pages (generality)', () => {
  it.each([
    ['plain-text Arabic page', ARABIC_TEXT_PAGE],
    ['HTML Arabic page', ARABIC_HTML_PAGE],
    ['English page', ENGLISH_PAGE],
  ])('keeps exactly the article of the %s', (_name, page) => {
    const article = stripBoilerplate({ blocks: page.blocks, meta: page.meta });
    expect(article.paragraphs).toEqual(page.body);
    expect(article.title).toBe(page.title);
    expect(article.removed.length + article.paragraphs.length).toBe(page.blocks.length);
  });

  it.each([
    ['opinion column', OPINION_PAGE],
    ['sports brief with short paragraphs', SPORTS_PAGE],
    ['page with a list in the body', LIST_PAGE],
    ['page with readers\' comments', COMMENTS_PAGE],
    ['page with unmarked related headlines', UNMARKED_FOOTER_PAGE],
    ['page with a section kicker', KICKER_PAGE],
  ])('keeps the body, title and author of the %s', (_name, page) => {
    const article = stripBoilerplate({ blocks: page.lines.map((text) => ({ text })) });
    expect(article.paragraphs).toEqual(page.body.map((i) => page.lines[i]));
    expect(article.title).toBe(page.title);
    if (page.author) expect(article.author).toBe(page.author);
    expect(stripOutcome(article)).toEqual({ ok: true });
  });

  it('gives each dropped line of the Arabic page its reason', () => {
    const article = stripBoilerplate({ blocks: ARABIC_TEXT_PAGE.blocks });
    const reason = (text: string) => article.removed.find((r) => r.text === text)?.reason;
    expect(reason('الرئيسية')).toBe('navigation');
    expect(reason('فيسبوك تويتر واتساب')).toBe('share-bar');
    expect(reason('إعلان')).toBe('advertisement');
    expect(reason('اقرأ أيضاً')).toBe('read-also');
    expect(reason('ارتفاع أسعار الوقود للشهر الثالث على التوالي')).toBe('read-also');
    expect(reason('أخبار ذات صلة')).toBe('related-articles');
    expect(reason('أضف تعليقك')).toBe('comment-form');
    // After the related list the page has ended, whatever the line looks like.
    expect(reason('افتتاح معرض الكتاب في عمّان بمشاركة 300 دار نشر')).toBe('related-articles');
    expect(reason('عمّان - بترا:')).toBe('dateline');
    expect(reason('صورة أرشيفية لميناء العقبة')).toBe('caption');
    expect(article.source).toBe('بترا');
    expect(article.publishedAt).toBe('2024-04-14');
  });

  it('takes title, site, author and date from HTML metadata', () => {
    const article = stripBoilerplate({ blocks: ARABIC_HTML_PAGE.blocks, meta: ARABIC_HTML_PAGE.meta });
    expect(article.site).toBe('صحيفة المدار');
    expect(article.author).toBe('ليلى حداد');
    expect(article.publishedAt).toBe('2023-11-05T08:30:00+02:00');
    expect(article.paragraphs).toContain('نقوش تجارية');
  });

  it('does not take the title for a headline of a "most read" list above it', () => {
    const [p1, p2] = ARABIC_TEXT_PAGE.body;
    const title = 'الحكومة الأردنية تطلق مشروعا لتحلية مياه البحر في العقبة';
    const blocks = ['الأكثر قراءة', 'ارتفاع أسعار الوقود للشهر الثالث على التوالي', 'افتتاح معرض الكتاب بمشاركة واسعة', title, p1, p2];
    const article = stripBoilerplate({ blocks: blocks.map((text) => ({ text })) });
    expect(article.title).toBe(title);
    expect(article.paragraphs).toEqual([p1, p2]);
  });

  it('recognises a site name after the title when the page names the site elsewhere', () => {
    const [p1, p2] = ARABIC_TEXT_PAGE.body;
    const blocks = ['تحلية مياه البحر في العقبة تدخل مرحلة التنفيذ - الوادي', p1, p2, 'تابع الوادي على تويتر'];
    const article = stripBoilerplate({ blocks: blocks.map((text) => ({ text })) });
    expect(article.title).toBe('تحلية مياه البحر في العقبة تدخل مرحلة التنفيذ');
    expect(article.site).toBe('الوادي');
  });

  it('reads a bare name under the title as the byline, and not a caption', () => {
    const [p1, p2] = ARABIC_TEXT_PAGE.body;
    const title = 'الحكومة الأردنية تطلق مشروعا لتحلية مياه البحر في العقبة';
    const signed = stripBoilerplate({ blocks: [title, 'ليلى حداد', p1, p2].map((text) => ({ text })) });
    expect(signed.author).toBe('ليلى حداد');
    expect(signed.removed.find((r) => r.text === 'ليلى حداد')?.reason).toBe('byline');
    const captioned = stripBoilerplate({ blocks: [title, 'وزير المياه الأردني', p1, p2].map((text) => ({ text })) });
    expect(captioned.author).toBeNull();
  });

  it('reads a name after the article as a signature only when furniture follows it', () => {
    const [p1, p2] = ARABIC_TEXT_PAGE.body;
    const signed = stripBoilerplate({ blocks: [p1, p2, 'ميس العلي', 'تابعونا على تويتر'].map((text) => ({ text })) });
    expect(signed.author).toBe('ميس العلي');
    const listed = stripBoilerplate({ blocks: [p1, p2, 'حكايات منوعة', 'ارتفاع أسعار الوقود للشهر الثالث على التوالي'].map((text) => ({ text })) });
    expect(listed.author).toBeNull();
  });

  it('prefers the headline the page repeats, and names the site without "موقع"', () => {
    const [p1, p2] = ARABIC_TEXT_PAGE.body;
    const title = 'الأردن يطلق مشروع تحلية المياه';
    const blocks = [`${title} | موقع الوادي`, 'الدوري الأردني - الجولة 12', title, p1, p2];
    const article = stripBoilerplate({ blocks: blocks.map((text) => ({ text })) });
    expect(article.title).toBe(title);
    expect(article.site).toBe('الوادي');
  });

  it('keeps a standfirst under the title but not a caption', () => {
    const [p1, p2] = ARABIC_TEXT_PAGE.body;
    const title = 'الحكومة الأردنية تطلق مشروعا لتحلية مياه البحر في العقبة';
    const standfirst = 'المشروع يهدف إلى سد العجز المائي الذي تعاني منه المملكة منذ سنوات';
    const caption = 'عمال يعملون أمام محطة للتحلية في العقبة';
    const withStandfirst = stripBoilerplate({ blocks: [title, standfirst, p1, p2].map((text) => ({ text })) });
    expect(withStandfirst.paragraphs).toEqual([standfirst, p1, p2]);
    const withCaption = stripBoilerplate({ blocks: [title, caption, p1, p2].map((text) => ({ text })) });
    expect(withCaption.paragraphs).toEqual([p1, p2]);
  });

  it('reads the site from an app promotion', () => {
    const [p1, p2] = ARABIC_TEXT_PAGE.body;
    const blocks = [p1, p2, 'حمّل تطبيق صدى المدينة من App Store و Google Play'];
    expect(stripBoilerplate({ blocks: blocks.map((text) => ({ text })) }).site).toBe('صدى المدينة');
  });

  it('prefers the headline that restates the lede to a logo in <h1>', () => {
    const [p1, p2] = ARABIC_TEXT_PAGE.body;
    const blocks = [
      { text: 'موقع الوادي الإخباري المستقل', tag: 'h1' },
      { text: 'الأردن يطلق مشروعا لتحلية مياه البحر الأحمر', tag: 'h2' },
      { text: p1, tag: 'p' },
      { text: p2, tag: 'p' },
    ];
    expect(stripBoilerplate({ blocks }).title).toBe('الأردن يطلق مشروعا لتحلية مياه البحر الأحمر');
  });

  it('splits a site name off a title line and drops the repeated title', () => {
    const blocks = [
      { text: 'انطلاق موسم قطاف الزيتون في الجليل - Olive Times' },
      { text: 'انطلاق موسم قطاف الزيتون في الجليل' },
      ...ARABIC_TEXT_PAGE.body.slice(0, 2).map((text) => ({ text })),
    ];
    const article = stripBoilerplate({ blocks });
    expect(article.title).toBe('انطلاق موسم قطاف الزيتون في الجليل');
    expect(article.site).toBe('Olive Times');
    expect(article.paragraphs).toEqual(ARABIC_TEXT_PAGE.body.slice(0, 2));
  });

  it('rejects an English page as not Arabic', () => {
    const article = stripBoilerplate({ blocks: ENGLISH_PAGE.blocks });
    expect(article.language).toBe('en');
    expect(stripOutcome(article)).toEqual({ ok: false, reason: 'not_arabic' });
  });

  it('rejects a page of boilerplate only, with every line accounted for', () => {
    const article = stripBoilerplate({ blocks: ALL_BOILERPLATE_PAGE });
    expect(article.paragraphs).toEqual([]);
    expect(article.removed).toHaveLength(ALL_BOILERPLATE_PAGE.length);
    expect(stripOutcome(article)).toEqual({ ok: false, reason: 'empty_after_stripping' });
  });

  it('rejects an empty page', () => {
    expect(stripOutcome(stripBoilerplate({ blocks: [] }))).toEqual({ ok: false, reason: 'empty_input' });
    expect(stripOutcome(stripBoilerplate({ blocks: [{ text: '  ' }, { text: '' }] }))).toEqual({ ok: false, reason: 'empty_input' });
  });

  it('skips a related-articles box set inside the article and goes on with the story', () => {
    const [p1, p2, p3, p4] = ARABIC_TEXT_PAGE.body.filter((p) => p.length > 60);
    const blocks = [p1, p2, 'مواضيع ذات صلة', 'وزير الطاقة يبحث الربط الكهربائي مع مصر', p3, p4, 'مقالات ذات صلة', 'عنوان خبر آخر عن الطقس'].map(
      (text) => ({ text }),
    );
    const article = stripBoilerplate({ blocks });
    expect(article.paragraphs).toEqual([p1, p2, p3, p4]);
    expect(article.removed.map((r) => r.reason)).toEqual(['related-articles', 'related-articles', 'related-articles', 'related-articles']);
  });

  it('drops letter fragments between paragraphs (font buttons, times) but keeps one-word sub-headings', () => {
    const [p1, p2] = ARABIC_TEXT_PAGE.body;
    const blocks = [p1, 'أ', '10:45 ص', 'خلفية', p2].map((text) => ({ text }));
    const article = stripBoilerplate({ blocks });
    expect(article.paragraphs).toEqual([p1, 'خلفية', p2]);
    expect(article.removed.map((r) => r.reason)).toEqual(['fragment', 'fragment']);
  });

  it('keeps a closing sentence that carries the story on past an embedded quote', () => {
    const [p1] = ARABIC_TEXT_PAGE.body;
    const blocks = [p1, 'المياه أكبر تحد يواجه المملكة في العقود المقبلة', 'وأوصى الخبراء بالاستثمار في الطاقة المتجددة لخفض الكلفة.', 'الدولة', 'النسبة'];
    const article = stripBoilerplate({ blocks: blocks.map((text) => ({ text })) });
    expect(article.paragraphs).toEqual(blocks.slice(0, 3));
    expect(article.removed.map((r) => r.reason)).toEqual(['footer', 'footer']);
  });

  it('keeps a sub-heading that names a month and year, but drops a full page date', () => {
    const [p1, p2] = ARABIC_TEXT_PAGE.body;
    const article = stripBoilerplate({ blocks: [p1, 'حرب أكتوبر 1973', p2, 'السبت 12 آذار 2022'].map((text) => ({ text })) });
    expect(article.paragraphs).toEqual([p1, 'حرب أكتوبر 1973', p2]);
    expect(article.removed).toEqual([{ index: 3, text: 'السبت 12 آذار 2022', reason: 'page-date' }]);
    expect(article.publishedAt).toBe('2022-03-12');
  });

  it('drops a pull quote that repeats words of a paragraph', () => {
    const [p1, p2] = ARABIC_TEXT_PAGE.body;
    const blocks = [p1, '«سيوفر نحو 300 مليون متر مكعب من المياه سنويا»', p2].map((text) => ({ text }));
    const article = stripBoilerplate({ blocks });
    expect(article.paragraphs).toEqual([p1, p2]);
    expect(article.removed[0].reason).toBe('pull-quote');
  });

  it('keeps a short news brief that has no long paragraph', () => {
    const blocks = [{ text: 'اتصل بنا' }, { text: 'أعلنت وزارة الصحة تسجيل حالتين جديدتين في العاصمة.' }];
    expect(stripBoilerplate({ blocks }).paragraphs).toEqual(['أعلنت وزارة الصحة تسجيل حالتين جديدتين في العاصمة.']);
  });
});

describe('stripBoilerplate with site history', () => {
  const site = 'example-news.test';
  const page = (n: number): TextBlock[] => [
    { text: 'مواعيد برامج قناتنا هذا الأسبوع' },
    { text: `خبر رقم ${n} عن افتتاح مدرسة جديدة في القرية` },
    { text: `افتتحت وزارة التربية مدرسة جديدة في القرية رقم ${n}، وقال مدير التربية إن المدرسة ستستقبل ثلاثمئة طالب وطالبة مع بداية العام الدراسي المقبل، وإن العمل جار على تجهيز مختبراتها.` },
    { text: `وأضاف المدير أن المدرسة رقم ${n} هي الثالثة التي تفتتح في المنطقة هذا العام.` },
    { text: 'برنامج المساء مع فريق الأخبار' },
  ];

  it('drops a line that recurs across the site\'s pages once a few pages have passed', async () => {
    const history = new InMemorySiteHistory();
    const strip = async (blocks: TextBlock[]) => {
      const lines = blocks.map((b) => b.text);
      const stats = await history.lookup(site, lines);
      const article = stripBoilerplate({ blocks, siteHint: site }, stats);
      await history.record(site, lines);
      return article;
    };
    const first = await strip(page(1));
    expect(first.removed.find((r) => r.reason === 'site-recurring')).toBeUndefined();
    for (let n = 2; n <= 3; n++) await strip(page(n));
    const later = await strip(page(4));
    const recurring = later.removed.filter((r) => r.reason === 'site-recurring').map((r) => r.text);
    expect(recurring).toContain('مواعيد برامج قناتنا هذا الأسبوع');
    // Body lines differ from page to page and stay.
    expect(later.paragraphs).toHaveLength(2);
  });

  it('needs more evidence before dropping a prose line', async () => {
    const history = new InMemorySiteHistory();
    const about =
      'شبكة المدار موقع إخباري مستقل، يقدم لقرائه الأخبار والتقارير والتحليلات من المنطقة والعالم على مدار الساعة، ويلتزم بالدقة والحياد في تغطيته.';
    const pageWithAbout = (n: number) => [...page(n).slice(1, 4), { text: about }];
    const strip = async (blocks: TextBlock[]) => {
      const lines = blocks.map((b) => b.text);
      const article = stripBoilerplate({ blocks }, await history.lookup(site, lines));
      await history.record(site, lines);
      return article;
    };
    for (let n = 1; n <= 4; n++) expect((await strip(pageWithAbout(n))).paragraphs).toContain(about);
    for (let n = 5; n <= 6; n++) await strip(pageWithAbout(n));
    expect((await strip(pageWithAbout(7))).paragraphs).not.toContain(about);
  });

  it('does not count the same page twice', async () => {
    const history = new InMemorySiteHistory();
    const lines = page(1).map((b) => b.text);
    for (let i = 0; i < 5; i++) await history.record(site, lines);
    const stats = await history.lookup(site, lines);
    expect(stats.docCount).toBe(1);
  });
});
