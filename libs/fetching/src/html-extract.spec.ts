import { extractHtml } from './html-extract';

const page = (body: string, head = '') => `<!doctype html><html lang="ar"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('extractHtml', () => {
  it('gives ordered blocks with their tag names', () => {
    const { blocks } = extractHtml(page('<h1>العنوان</h1><p>فقرة <b>أولى</b> مع <a href="#">رابط</a>.</p><ul><li>بند</li></ul><blockquote>اقتباس</blockquote><table><tr><td>خلية</td></tr></table><pre>سطر 1\nسطر 2</pre>'));
    expect(blocks).toEqual([
      { text: 'العنوان', tag: 'h1' },
      { text: 'فقرة أولى مع رابط.', tag: 'p' },
      { text: 'بند', tag: 'li' },
      { text: 'اقتباس', tag: 'blockquote' },
      { text: 'خلية', tag: 'td' },
      { text: 'سطر 1', tag: 'pre' },
      { text: 'سطر 2', tag: 'pre' },
    ]);
  });

  it('keeps direct text of a div around nested blocks and splits on <br>', () => {
    const { blocks } = extractHtml(page('<div>مقدمة<p>فقرة</p>خاتمة</div><div>سطر أول<br>سطر ثان<br><br>سطر ثالث</div>'));
    expect(blocks.map((b) => `${b.tag}:${b.text}`)).toEqual(['div:مقدمة', 'p:فقرة', 'div:خاتمة', 'div:سطر أول', 'div:سطر ثان', 'div:سطر ثالث']);
  });

  it('drops scripts, styles, nav, page header/footer, aside, forms and iframes', () => {
    const { blocks } = extractHtml(page(`
      <header><a href="/">الموقع</a></header><nav><a>سياسة</a></nav>
      <script>var x = "<p>ليس نصا</p>";</script><style>p{}</style><noscript>فعّل جافاسكربت</noscript>
      <p>النص</p><aside>الأكثر قراءة</aside><form><label>بحث</label></form><iframe>إطار</iframe>
      <footer>حقوق النشر</footer>`));
    expect(blocks.map((b) => b.text)).toEqual(['النص']);
  });

  it('keeps an article header (the headline) but drops menu-like containers inside the article', () => {
    const { blocks } = extractHtml(page(`<article><header><h1>عنوان الخبر</h1></header>
      <div class="share-buttons">شارك</div><div id="related-posts">مقالات ذات صلة</div><div class="mainMenu">القائمة</div>
      <div class="comments-area">تعليق</div><div class="breadcrumb">الرئيسية</div><div role="navigation">روابط</div>
      <p>نص الخبر</p><div style="display:none">مخفي</div><div class="post-ad">إعلان</div></article>`));
    expect(blocks.map((b) => b.text)).toEqual(['عنوان الخبر', 'نص الخبر']);
  });

  it('drops header/footer classes of the page, but keeps them inside <article> or <main>', () => {
    const { blocks } = extractHtml(page(`<div id="header">شعار الموقع</div><div class="site-footer">حقوق النشر</div>
      <main><div class="header"><h1>عنوان</h1></div><p>نص</p><div class="article-footer">المصدر: وكالات</div></main>`));
    expect(blocks.map((b) => b.text)).toEqual(['عنوان', 'نص', 'المصدر: وكالات']);
  });

  it('does not mistake words that merely contain menu words for menus', () => {
    const { blocks } = extractHtml(page('<div class="shadow-box"><p>أ</p></div><div class="header-image-caption"><p>ب</p></div><div class="thread"><p>ج</p></div>'));
    expect(blocks.map((b) => b.text)).toEqual(['أ', 'ب', 'ج']);
  });

  it('does not judge page-builder widgets or taxonomy classes as menus, and lets content names win', () => {
    const { blocks } = extractHtml(page(`<div class="elementor-widget elementor-widget-heading"><h1>العنوان</h1></div>
      <div id="post-7" class="post-7 type-post tag-social-media category-ads"><div class="td-post-content"><p>النص</p></div></div>
      <div class="sidebar-widget widget-title">عنوان جانبي</div><div class="td-post-sharing">شارك</div>`));
    expect(blocks.map((b) => b.text)).toEqual(['العنوان', 'النص', 'عنوان جانبي']);
  });

  it('keeps a page wrapper whose class looks menu-like when it holds most of the text', () => {
    const long = 'نص طويل من الخبر '.repeat(20);
    const { blocks } = extractHtml(page(`<div class="page-wrapper has-sidebar"><p>${long}</p><div class="sidebar">جانبي</div></div>`));
    expect(blocks.map((b) => b.text)).toEqual([long.trim()]);
  });

  it('drops link lists whatever their class, but not paragraphs with a few links', () => {
    const links = (n: number) => Array.from({ length: n }, (_, i) => `<div class="x3"><a href="/${i}">عنوان خبر آخر رقم ${i}</a></div>`).join('');
    const { blocks } = extractHtml(page(`<div class="x1"><div class="x2">أخبار ذات صلة</div>${links(5)}</div>
      <p>قال <a href="/a">الوزير</a> إن <a href="/b">الحكومة</a> ستدعم <a href="/c">المزارعين</a> في المحافظات الجنوبية خلال الموسم المقبل.</p>
      <ul><li><a href="/1">أ</a></li><li><a href="/2">ب</a></li></ul>`));
    expect(blocks.map((b) => b.text)).toEqual(['قال الوزير إن الحكومة ستدعم المزارعين في المحافظات الجنوبية خلال الموسم المقبل.', 'أ', 'ب']);
  });

  it('reads title, og:title, site name, published time, author, canonical URL and lang', () => {
    const { meta } = extractHtml(page('<p>x</p>', `<title> عنوان | الموقع </title>
      <meta property="og:title" content="عنوان"><meta property="og:site_name" content="الموقع">
      <meta property="article:published_time" content="2024-03-29T10:00:00Z"><meta name="author" content="فلان">
      <link rel="canonical" href="https://example.org/a/1">`));
    expect(meta).toEqual({ title: 'عنوان | الموقع', ogTitle: 'عنوان', siteName: 'الموقع', publishedTime: '2024-03-29T10:00:00Z', author: 'فلان', canonicalUrl: 'https://example.org/a/1', lang: 'ar' });
  });

  it('falls back to JSON-LD for the date and author, and ignores an author that is a URL', () => {
    const { meta } = extractHtml(page('<p>x</p>', `<meta property="article:author" content="https://facebook.com/someone">
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-01-02","author":{"name":"مراسلنا"}}</script>`));
    expect(meta).toMatchObject({ publishedTime: '2024-01-02', author: 'مراسلنا' });
  });

  it('decodes entities and collapses white space', () => {
    const { blocks } = extractHtml(page('<p>  أ&nbsp;&amp;\n\n  ب &#1575;</p>'));
    expect(blocks).toEqual([{ text: 'أ & ب ا', tag: 'p' }]);
  });

  it('ends an unclosed <head> where body content starts', () => {
    expect(extractHtml('<html><head><title>ع</title><link rel="stylesheet" href="x"><p>نص مباشر').blocks).toEqual([{ text: 'نص مباشر', tag: 'p' }]);
  });

  it('survives broken markup', () => {
    const { blocks } = extractHtml('<p>أول<p>ثان</div><li>بند<td>خلية</span>');
    expect(blocks.map((b) => b.text)).toEqual(['أول', 'ثان', 'بند', 'خلية']);
  });
});

describe('extractHtml: never losing the article', () => {
  const para = (i: number) => `قال المتحدث باسم الوزارة في بيان صدر اليوم، إن الفقرة رقم ${i} من الخبر تتناول تفاصيل جديدة حول المشروع الذي أعلنت عنه الحكومة الأسبوع الماضي.`;
  const article = (n = 5) => Array.from({ length: n }, (_, i) => `<p>${para(i + 1)}</p>`).join('\n');
  const texts = (html: string) => extractHtml(html).blocks.map((b) => b.text);

  it('reads a page wrapped in one ASP.NET <form> like any other page', () => {
    const r = extractHtml(page(`<form id="aspnetForm" action="x.aspx"><input type="hidden" name="__VIEWSTATE" value="abc"><h1>عنوان الخبر</h1>${article()}</form>`));
    expect(r.extraction).toBe('walk');
    expect(r.blocks.map((b) => b.text)).toEqual(['عنوان الخبر', para(1), para(2), para(3), para(4), para(5)]);
  });

  it('does not take text after a named anchor <a name=x/> for link text', () => {
    const r = extractHtml(page(`<a name="top"/><div class="c1"><h1>عنوان</h1>${article()}</div>`));
    expect(r.extraction).toBe('walk');
    expect(r.blocks.map((b) => b.text)).toEqual(['عنوان', para(1), para(2), para(3), para(4), para(5)]);
  });

  it('falls back to the densest container when a structural rule drops the article (an article inside <aside>)', () => {
    const r = extractHtml(page(`<nav><a href="/">الرئيسية</a></nav><h1>عنوان الخبر</h1><aside class="story">${article()}</aside><p>حقوق النشر محفوظة</p>`));
    expect(r.extraction).toBe('density');
    expect(r.blocks.map((b) => b.text)).toEqual(['عنوان الخبر', para(1), para(2), para(3), para(4), para(5)]);
  });

  it('falls back to the densest container for an article under a menu-named class', () => {
    const r = extractHtml(page(`<div class="menu-content-wrapper-x"><div class="menu">${article()}</div></div><div class="footer-links">${'<p>سطر قصير في التذييل للموقع</p>'.repeat(20)}</div>`));
    expect(r.blocks.map((b) => b.text)).toEqual([para(1), para(2), para(3), para(4), para(5)]);
  });

  it('takes the JSON-LD articleBody when the page renders no text, then the meta description', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'عنوان', articleBody: `${para(1)}\n\n${para(2)}` });
    const r = extractHtml(page('<h1>عنوان</h1><div id="app"></div>', `<script type="application/ld+json">${ld}</script>`));
    expect(r).toMatchObject({ extraction: 'json-ld', blocks: [{ text: 'عنوان', tag: 'h1' }, { text: para(1), tag: 'p' }, { text: para(2), tag: 'p' }] });
    const m = extractHtml(page('<div id="app"></div>', `<meta name="description" content="ملخص الخبر كما نشره الموقع في وصف الصفحة">`));
    expect(m).toMatchObject({ extraction: 'meta', blocks: [{ text: 'ملخص الخبر كما نشره الموقع في وصف الصفحة', tag: 'p' }] });
  });

  it('keeps the walk when it has the article, even if a denser container elsewhere was dropped', () => {
    const comments = Array.from({ length: 8 }, (_, i) => `<p>تعليق رقم ${i}، وهو تعليق طويل، فيه فواصل كثيرة، وكلام، وكلام آخر، وتعليق على الخبر، ورأي القارئ.</p>`).join('');
    const r = extractHtml(page(`<article>${article(4)}</article><div id="comments">${comments}</div>`));
    expect(r.extraction).toBe('walk');
    expect(texts(page(`<article>${article(4)}</article><div id="comments">${comments}</div>`))).toEqual([para(1), para(2), para(3), para(4)]);
  });

  it('marks any text inside <figure>/<figcaption> as a caption, whatever element holds it', () => {
    const { blocks } = extractHtml(page(`<article>${article(2)}<figure><img src="a.jpg"><figcaption><p>الوزير خلال المؤتمر الصحفي (رويترز)</p></figcaption></figure>${article(1)}<div class="wp-caption-text">صورة أرشيفية</div></article>`));
    expect(blocks.filter((b) => b.tag === 'figcaption').map((b) => b.text)).toEqual(['الوزير خلال المؤتمر الصحفي (رويترز)', 'صورة أرشيفية']);
  });

  it('drops a short linked teaser between paragraphs, and a trailing run of linked headlines with its heading', () => {
    const { blocks } = extractHtml(page(`<article><h1>العنوان</h1>${article(2)}
      <p><strong>اقرأ أيضا: <a href="/x">الحكومة تعلن خطة جديدة لدعم المزارعين</a></strong></p>
      <h3><a href="/y">ارتفاع أسعار الذهب في الأسواق المحلية</a></h3>
      ${article(1)}<h2>المزيد حول هذه القصة</h2>
      <div class="c1"><a href="/1">هل تنجح الخطة الجديدة في خفض الأسعار؟</a></div>
      <div class="c1"><a href="/2">تحليل: ماذا يعني القرار للاقتصاد المحلي</a></div></article>`));
    expect(blocks.map((b) => b.text)).toEqual(['العنوان', para(1), para(2), para(1)]);
  });

  it('drops a trailing related list whose headlines carry dates between them, but keeps the credit line after the article', () => {
    const item = (t: string, i: number) => `<li><div class="r1"><a href="/n/${i}">${t}</a></div><span>منذ ${i + 2} ساعات</span></li>`;
    const { blocks } = extractHtml(page(`<article><h1>العنوان</h1>${article(2)}<p>المصدر: رويترز</p></article>
      <section><h2>المزيد حول هذه القصة</h2><ul>${['هل تنجح الخطة الجديدة في خفض الأسعار؟', 'تحليل: ماذا يعني القرار للاقتصاد المحلي'].map(item).join('')}</ul></section>`));
    expect(blocks.map((b) => b.text)).toEqual(['العنوان', para(1), para(2), 'المصدر: رويترز']);
  });

  it('keeps a linked author name before the article', () => {
    const { blocks } = extractHtml(page(`<article><h1>العنوان</h1><div class="c2">بقلم <a href="/author/1">محمد علي</a></div>${article(2)}</article>`));
    expect(blocks.map((b) => b.text)).toEqual(['العنوان', 'بقلم محمد علي', para(1), para(2)]);
  });

  it('extracts a page nested 150,000 levels deep', () => {
    const depth = 150_000;
    const r = extractHtml(page(`<h1>عنوان</h1>${'<div>'.repeat(depth)}${article(2)}${'</div>'.repeat(depth)}`));
    expect(r.blocks.map((b) => b.text)).toEqual(['عنوان', para(1), para(2)]);
  });
});

describe('extractHtml: promo boxes', () => {
  const para = (i: number) => `أعلنت وزارة الزراعة في بيان صدر اليوم، أن الفقرة رقم ${i} تتناول خطة دعم المزارعين في المحافظات الجنوبية خلال الموسم المقبل.`;
  it('drops a small linked box between paragraphs (a podcast promo), but not one before the article', () => {
    const { blocks } = extractHtml(page(`<article><h1>العنوان</h1><div class="k1"><span>بقلم</span> <a href="/a/1">محمد علي</a></div>
      <p>${para(1)}</p><div class="k2"><p><strong>استمع إلى بودكاست الأسبوع</strong></p><p><a href="/podcast">حلقة جديدة كل خميس مع فريق التحرير</a></p></div><p>${para(2)}</p></article>`));
    expect(blocks.map((b) => b.text)).toEqual(['العنوان', 'بقلم محمد علي', para(1), para(2)]);
  });
});
