/**
 * Builds realistic Arabic news pages around an article (title + paragraphs) for the
 * fixtures, the benchmark and the readability comparison. The furniture text is generic
 * (menus, "most read", share bars, footers) so nothing depends on a seed's own strings.
 */
export type PageStyle = 'semantic' | 'div-soup' | 'table-br' | 'opaque-classes';
export const PAGE_STYLES: PageStyle[] = ['semantic', 'div-soup', 'table-br', 'opaque-classes'];

export interface Article {
  title: string | null;
  paragraphs: string[];
}

const SECTIONS = ['الرئيسية', 'أخبار محلية', 'عربي ودولي', 'سياسة', 'اقتصاد', 'رياضة', 'ثقافة وفنون', 'تكنولوجيا', 'صحة', 'منوعات', 'رأي', 'فيديو', 'اتصل بنا', 'من نحن'];
const HEADLINES = [
  'ارتفاع أسعار النفط في الأسواق العالمية وسط مخاوف من تراجع الإمدادات',
  'وزير الخارجية يبحث مع نظيره سبل تعزيز التعاون الثنائي بين البلدين',
  'منتخب الشباب يتأهل إلى الدور النهائي بعد فوز صعب في الوقت الإضافي',
  'الأرصاد الجوية تتوقع موجة حارة تضرب معظم المناطق خلال الأسبوع المقبل',
  'البنك المركزي يبقي على أسعار الفائدة دون تغيير للمرة الثالثة على التوالي',
  'افتتاح معرض الكتاب الدولي بمشاركة أكثر من خمسمائة دار نشر عربية وأجنبية',
  'دراسة جديدة تكشف فوائد المشي اليومي على صحة القلب والدماغ',
  'انطلاق فعاليات المؤتمر الاقتصادي السنوي بحضور عدد من المستثمرين',
];
const FOOTER = ['جميع الحقوق محفوظة © 2024', 'سياسة الخصوصية', 'شروط الاستخدام', 'أعلن معنا', 'خريطة الموقع'];
const SHARE = ['شارك', 'فيسبوك', 'تويتر', 'واتساب', 'تيليجرام', 'طباعة', 'نسخ الرابط'];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const links = (items: string[], cls = '') => items.map((t, i) => `<li${cls ? ` class="${cls}"` : ''}><a href="/section/${i}" title="${esc(t)}">${esc(t)}</a></li>`).join('\n');

/** ~30 KB of minified-looking analytics/ads script, as real pages carry. */
function scripts(seed: number): string {
  const parts: string[] = [];
  for (let i = 0; i < 120; i++) {
    parts.push(`window.__cfg${seed}_${i}={slot:"div-gpt-ad-${seed}${i}",sizes:[[300,250],[728,90]],targeting:{section:"news",pos:${i}}};if(typeof googletag!=="undefined"){googletag.cmd.push(function(){googletag.defineSlot("/1234/news",window.__cfg${seed}_${i}.sizes,window.__cfg${seed}_${i}.slot).addService(googletag.pubads())})}`);
  }
  return `<script>${parts.join(';\n')}</script>\n<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"","datePublished":"2024-03-29T10:15:00+03:00","author":{"@type":"Person","name":"محرر الموقع"},"publisher":{"@type":"Organization","name":"شبكة الأخبار"}}</script>`;
}

function styles(): string {
  const rules: string[] = [];
  for (let i = 0; i < 150; i++) rules.push(`.c${i}{margin:${i % 7}px ${i % 5}px;padding:${i % 3}px;font-size:${12 + (i % 6)}px;color:#${(i * 4099).toString(16).padStart(6, '0').slice(0, 6)}}`);
  return `<style>${rules.join('\n')}</style>`;
}

function head(a: Article, lang: string, charset: string): string {
  const title = a.title ?? a.paragraphs[0].split(' ').slice(0, 8).join(' ');
  return `<!DOCTYPE html>
<html lang="${lang}" dir="rtl"><head><meta charset="${charset}">
<title>${esc(title)} | شبكة الأخبار</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${esc(title)}">
<meta property="og:site_name" content="شبكة الأخبار">
<meta property="article:published_time" content="2024-03-29T10:15:00+03:00">
<meta name="author" content="محرر الموقع">
<link rel="canonical" href="https://news.example/article/123">
<link rel="stylesheet" href="/static/main.css">
${styles()}
</head>`;
}

const related = (n: number) => HEADLINES.slice(0, n);

export function buildNewsPage(a: Article, style: PageStyle, opts: { charset?: string; seed?: number } = {}): string {
  const charset = opts.charset ?? 'utf-8';
  const seed = opts.seed ?? 1;
  const body = a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n');
  const h1 = a.title ? `<h1 class="post-title">${esc(a.title)}</h1>` : '';
  const top = `${head(a, 'ar', charset)}\n<body class="single-post rtl">`;
  const end = `${scripts(seed)}\n</body></html>\n`;
  switch (style) {
    case 'semantic':
      return `${top}
<header class="site-header"><div class="logo"><a href="/">شبكة الأخبار</a></div><nav class="main-nav"><ul>${links(SECTIONS)}</ul></nav></header>
<div class="ticker"><span>عاجل:</span> ${esc(HEADLINES[3])}</div>
<main><article>
<header>${h1}<div class="byline">كتب: محرر الموقع</div><time datetime="2024-03-29">29 مارس 2024</time></header>
<figure><img src="/img/1.jpg" alt=""><figcaption>صورة أرشيفية</figcaption></figure>
${body}
<footer class="entry-footer"><div class="share-buttons"><ul>${links(SHARE)}</ul></div><div class="post-tags"><a href="/tag/1">سوريا</a> <a href="/tag/2">إيران</a></div></footer>
</article>
<section class="related-posts"><h3>مقالات ذات صلة</h3><ul>${links(related(6))}</ul></section>
<section class="comments"><h3>اترك تعليقاً</h3><form><textarea></textarea><button>إرسال</button></form></section>
</main>
<aside class="sidebar"><h3>الأكثر قراءة</h3><ol>${links(related(8))}</ol><div class="ad-slot">إعلان</div></aside>
<footer class="site-footer"><ul>${links(FOOTER)}</ul></footer>
${end}`;
    case 'div-soup':
      return `${top}
<div id="wrapper" class="page-wrapper has-sidebar">
<div id="header"><div id="logo">شبكة الأخبار</div><div id="mainMenu"><ul>${links(SECTIONS)}</ul></div></div>
<div class="breadcrumb"><a href="/">الرئيسية</a> &gt; <a href="/news">أخبار</a></div>
<div id="content" class="col-md-8">
<div class="article-head">${h1}<div class="article-meta"><span class="author">محرر الموقع</span> <span class="date">29 مارس 2024</span></div></div>
<div class="social-share"><ul>${links(SHARE)}</ul></div>
<div class="article-body entry-content">${body}</div>
<div class="related-news"><h3>أخبار ذات صلة</h3><ul>${links(related(6))}</ul></div>
<div id="comments"><h3>التعليقات</h3><p>لا توجد تعليقات بعد. كن أول من يعلق على هذا الخبر.</p></div>
</div>
<div id="sidebar" class="col-md-4"><div class="widget"><h3>الأكثر قراءة</h3><ul>${links(related(8))}</ul></div><div class="ads">إعلان</div></div>
<div id="footer"><ul>${links(FOOTER)}</ul></div>
</div>
${end}`;
    case 'table-br':
      return `${top}
<table width="100%" cellpadding="0"><tr><td colspan="2" class="top"><font size="5">شبكة الأخبار</font></td></tr>
<tr><td width="20%" valign="top" class="menu">${SECTIONS.map((s) => `<a href="#">${esc(s)}</a><br>`).join('\n')}</td>
<td valign="top">${a.title ? `<font size="4"><b>${esc(a.title)}</b></font><br><br>` : ''}
${a.paragraphs.map(esc).join('<br><br>\n')}
<br><br><font size="2">${esc(HEADLINES[0])}</font></td></tr>
<tr><td colspan="2" class="footer">${FOOTER.map(esc).join(' | ')}</td></tr></table>
${end}`;
    case 'opaque-classes':
      return `${top}
<div class="x1"><div class="x2">${SECTIONS.map((s) => `<a class="x3" href="#">${esc(s)}</a>`).join(' ')}</div></div>
<div class="x4"><div class="x5">${h1}<div class="x6">محرر الموقع - 29 مارس 2024</div>
<div class="x7">${body}</div>
<div class="x8">${SHARE.map((s) => `<span>${esc(s)}</span>`).join(' ')}</div>
<div class="x9"><div class="x10">أخبار ذات صلة</div>${related(6).map((h) => `<div class="x11"><a href="#">${esc(h)}</a></div>`).join('\n')}</div></div>
<div class="x12"><div class="x10">الأكثر قراءة</div>${related(8).map((h) => `<div class="x11"><a href="#">${esc(h)}</a></div>`).join('\n')}</div></div>
<div class="x13">${FOOTER.map(esc).join(' - ')}</div>
${end}`;
  }
}
