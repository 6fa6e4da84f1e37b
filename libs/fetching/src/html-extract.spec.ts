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
