/**
 * The project's own HTML page set for eval:html: the hand-written gold articles of
 * test/fixtures/strip-pages-3 (never tuned on by the stripper) laid out the way real CMSs
 * build pages: WordPress, ASP.NET WebForms (one page-wide <form>, tables, named anchors),
 * AMP, Next.js (CSS-module class names, __NEXT_DATA__), Blogger (<br> text, caption tables)
 * and Drupal (field/views markup). Each page carries what the issue lists as misses on real
 * pages: a caption in a <p> inside <figcaption>, an in-text linked teaser, a podcast promo
 * box, and a related list after the article under an unlisted heading. All furniture text
 * is generic; nothing is copied from real pages or other projects' test data.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export type CmsStyle = 'wordpress' | 'aspnet' | 'amp' | 'nextjs' | 'blogger' | 'drupal';
export const CMS_STYLES: CmsStyle[] = ['wordpress', 'aspnet', 'amp', 'nextjs', 'blogger', 'drupal'];

export interface HtmlPage {
  name: string;
  style: string;
  html: string;
  title: string | null;
  body: string[];
}

interface Gold {
  title: string | null;
  body: string[];
  metadata?: { author?: string; site?: string };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const SECTIONS = ['الرئيسية', 'محليات', 'عربي ودولي', 'اقتصاد', 'رياضة', 'ثقافة', 'منوعات', 'فيديو'];
const RELATED = [
  'هل تنجح الخطة الحكومية الجديدة في خفض أسعار المواد الغذائية؟',
  'تحليل: ماذا تعني زيادة الإنفاق العام لموازنة العام المقبل',
  'مسؤولون يبحثون تطوير شبكة الطرق بين المحافظات الشمالية',
  'خبراء: موجة الحر المقبلة قد تكون الأطول منذ عقد',
];
const RELATED_HEADINGS = ['المزيد حول هذه القصة', 'قد يهمك أيضا', 'في السياق نفسه', 'تابع أيضا'];
const TEASER = 'الحكومة تعلن حزمة إجراءات لدعم صغار المزارعين في الموسم المقبل';
const CAPTION = 'جانب من أعمال الفرق الميدانية صباح اليوم (تصوير: المكتب الإعلامي)';
const PODCAST = ['استمع إلى بودكاست الأسبوع', 'حلقة جديدة كل خميس مع فريق التحرير'];
const FOOTER = 'جميع الحقوق محفوظة © 2025 لشبكة الأخبار';

/** A short line without closing punctuation reads as an in-article sub-heading. */
const isSubheading = (line: string) => line.length < 70 && !/[.!؟?:"»)]$/.test(line);

/** The body with a caption figure after the first paragraph, a teaser and a promo box in the middle. */
function bodyParts(body: string[], p: (line: string) => string, figure: string, teaser: string, promo: string): string {
  const out: string[] = [];
  const mid = Math.max(1, Math.floor(body.length / 2));
  body.forEach((line, i) => {
    out.push(p(line));
    if (i === 0) out.push(figure);
    if (i === mid - 1 && body.length > 2) out.push(teaser, promo);
  });
  return out.join('\n');
}

const p = (line: string) => (isSubheading(line) ? `<h3>${esc(line)}</h3>` : `<p>${esc(line)}</p>`);
const relatedLinks = (wrap: (a: string, i: number) => string) => RELATED.map((t, i) => wrap(`<a href="/news/${1000 + i}">${esc(t)}</a>`, i)).join('\n');

function head(g: Gold, extra = ''): string {
  const title = g.title ?? 'خبر';
  return `<head><meta charset="utf-8"><title>${esc(title)} - شبكة الأخبار</title>
<meta property="og:title" content="${esc(title)}"><meta property="og:site_name" content="شبكة الأخبار">
<meta name="description" content="${esc(g.body[0]?.slice(0, 150) ?? '')}">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>
<style>.a{color:red}.b{margin:0}</style>${extra}</head>`;
}

function byline(g: Gold): string {
  return g.metadata?.author ? `بقلم <a href="/author/1">${esc(g.metadata.author)}</a>` : 'كتب: <a href="/author/2">محرر الشؤون المحلية</a>';
}

const BUILDERS: Record<CmsStyle, (g: Gold, seed: number) => string> = {
  wordpress: (g, seed) => `<!DOCTYPE html><html lang="ar" dir="rtl">${head(g)}
<body class="post-template-default single single-post postid-${seed} tag-news category-local">
<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><a href="/">شبكة الأخبار</a></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">${SECTIONS.map((s, i) => `<li class="menu-item"><a href="/c/${i}">${s}</a></li>`).join('')}</ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main"><article id="post-${seed}" class="post-${seed} post type-post status-publish">
<header class="entry-header">${g.title ? `<h1 class="entry-title">${esc(g.title)}</h1>` : ''}<div class="entry-meta"><span class="byline">${byline(g)}</span> <time class="entry-date published" datetime="2025-11-19T09:00:00+02:00">19 نوفمبر 2025</time></div></header>
<div class="entry-content">
${bodyParts(g.body, p, `<figure class="wp-block-image size-large"><img src="/wp-content/uploads/a.jpg" alt=""><figcaption class="wp-element-caption"><p>${CAPTION}</p></figcaption></figure>`,
  `<p><strong>اقرأ أيضا: <a href="/news/900">${TEASER}</a></strong></p>`,
  `<div class="wp-block-group is-style-box"><p><strong>${PODCAST[0]}</strong></p><p><a href="/podcast">${PODCAST[1]}</a></p></div>`)}
</div>
<footer class="entry-footer"><span class="tags-links"><a href="/tag/a" rel="tag">أخبار</a> <a href="/tag/b" rel="tag">محليات</a></span></footer></article>
<section class="wp-block-group"><h2 class="wp-block-heading">${RELATED_HEADINGS[seed % 4]}</h2>${relatedLinks((a) => `<div class="wp-block-post"><h3 class="wp-block-post-title">${a}</h3></div>`)}</section>
</main><aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">الأكثر قراءة</h2><ul><li><a href="/x">خبر آخر في الموقع</a></li></ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">${FOOTER}</div></footer></div></body></html>`,

  aspnet: (g) => `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl">${head(g)}<body><a name="top"/>
<form name="aspnetForm" method="post" action="./NewsDetails.aspx?id=4521" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAgIBD2QWAmYPFgIeBFRleHQFBtin2YTYrtio2LE=" />
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="2"><img src="/images/banner.jpg"></td></tr>
<tr><td colspan="2" class="TopMenu">${SECTIONS.map((s, i) => `<a href="Section.aspx?id=${i}" class="MenuLink">${s}</a> |`).join(' ')}</td></tr>
<tr><td width="700" valign="top"><table width="100%"><tr><td class="NewsTitle"><span id="ctl00_ContentPlaceHolder1_lblTitle">${esc(g.title ?? '')}</span></td></tr>
<tr><td class="NewsDate"><span id="ctl00_ContentPlaceHolder1_lblDate">الأربعاء 19/11/2025</span> <a name="details"/></td></tr>
<tr><td class="NewsBody"><span id="ctl00_ContentPlaceHolder1_lblBody">
${bodyParts(g.body, (l) => `${esc(l)}<br /><br />`, `<table class="ImageTable" align="center"><tr><td><img src="/Upload/News/4521.jpg" /></td></tr><tr><td class="ImageCaption"><p>${CAPTION}</p></td></tr></table>`,
  `<b>اقرأ أيضا: <a href="NewsDetails.aspx?id=4400">${TEASER}</a></b><br /><br />`,
  `<div class="box1"><b>${PODCAST[0]}</b><br /><a href="Podcast.aspx">${PODCAST[1]}</a></div>`)}
</span></td></tr></table>
<table width="100%" class="MoreNews"><tr><td class="MoreTitle">أخبار ذات علاقة</td></tr>${RELATED.map((t, i) => `<tr><td><a href="NewsDetails.aspx?id=${4300 + i}">${esc(t)}</a></td></tr>`).join('')}</table></td>
<td width="280" valign="top" class="LeftColumn"><div class="poll"><b>استطلاع الرأي</b><br /><input type="radio" name="p" /> نعم <input type="radio" name="p" /> لا</div></td></tr>
<tr><td colspan="2" class="Footer">${FOOTER}</td></tr></table></form></body></html>`,

  amp: (g, seed) => `<!doctype html><html ⚡ lang="ar" dir="rtl">${head(g, '<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{visibility:hidden}</style><noscript><style amp-boilerplate>body{visibility:visible}</style></noscript>')}
<body><amp-sidebar id="sidebar" layout="nodisplay" side="right"><ul>${SECTIONS.map((s, i) => `<li><a href="/amp/c/${i}">${s}</a></li>`).join('')}</ul></amp-sidebar>
<header class="amp-header"><a href="/amp">شبكة الأخبار</a></header>
<article class="amp-article">${g.title ? `<h1 class="amp-title">${esc(g.title)}</h1>` : ''}<div class="amp-byline">${byline(g)}</div>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/123/amp_${seed}"><div fallback>إعلان</div></amp-ad>
${bodyParts(g.body, p, `<figure class="amp-fig"><amp-img src="/img/a.jpg" width="800" height="450" layout="responsive"></amp-img><figcaption><p>${CAPTION}</p></figcaption></figure>`,
  `<p class="read-also">اقرأ أيضا: <a href="/amp/news/900">${TEASER}</a></p>`,
  `<div class="box-x2"><span>${PODCAST[0]}</span><a href="/amp/podcast">${PODCAST[1]}</a></div>`)}
<h4 class="amp-more">${RELATED_HEADINGS[(seed + 1) % 4]}</h4>${relatedLinks((a) => `<div class="amp-card">${a}</div>`)}
</article><footer class="amp-footer">${FOOTER}</footer></body></html>`,

  nextjs: (g, seed) => `<!DOCTYPE html><html lang="ar" dir="rtl">${head(g)}<body><div id="__next">
<div class="Layout_root__x8Kq2"><div class="Header_bar__2LmPq"><a href="/">شبكة الأخبار</a>${SECTIONS.map((s, i) => `<a class="Header_link__9aZ" href="/c/${i}">${s}</a>`).join('')}</div>
<div class="Article_wrap__3kdP1"><div class="Article_head__7Qw">${g.title ? `<h1 class="Article_title__1xZt">${esc(g.title)}</h1>` : ''}<div class="Article_by__0pL">${byline(g)}</div></div>
<div class="Article_body__Zm3">${bodyParts(g.body, (l) => (isSubheading(l) ? `<h2 class="Article_sub__q1">${esc(l)}</h2>` : `<p class="Article_p__k2">${esc(l)}</p>`),
  `<figure class="Media_fig__p0"><picture><img src="/_next/image?url=a.jpg" alt=""></picture><figcaption class="Media_cap__9"><p>${CAPTION}</p></figcaption></figure>`,
  `<div class="Inline_teaser__s7"><a href="/news/900"><span>${TEASER}</span></a></div>`,
  `<div class="Promo_box__r4"><p>${PODCAST[0]}</p><a href="/podcast"><p>${PODCAST[1]}</p></a></div>`)}</div>
<div class="More_list__4n"><h2 class="More_h__1">${RELATED_HEADINGS[(seed + 2) % 4]}</h2>${relatedLinks((a) => `<div class="Card_c__8"><h3 class="Card_t__2">${a}</h3></div>`)}</div></div>
<div class="Footer_f__0">${FOOTER}</div></div></div>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: { id: seed, title: g.title } } })}</script></body></html>`,

  blogger: (g, seed) => `<!DOCTYPE html><html dir="rtl" lang="ar">${head(g)}<body class="item-view"><div class="navbar section" id="navbar"><div class="widget Navbar"></div></div>
<div class="header-outer"><h1 class="title"><a href="/">مدونة أخبار المدينة</a></h1></div>
<div class="main-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed"><div class="post-outer"><div class="post hentry">
${g.title ? `<h3 class="post-title entry-title">${esc(g.title)}</h3>` : ''}<div class="post-header"><span class="post-author vcard">${byline(g)}</span></div>
<div class="post-body entry-content" id="post-body-${seed}">
${bodyParts(g.body, (l) => `<div>${esc(l)}</div><div><br /></div>`, `<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container"><tbody><tr><td><a href="/img/a.jpg"><img border="0" src="/img/a.jpg" /></a></td></tr><tr><td class="tr-caption"><p>${CAPTION}</p></td></tr></tbody></table>`,
  `<div><b>اقرأ أيضا: <a href="/2025/11/x.html">${TEASER}</a></b></div>`,
  `<div style="background:#eee;padding:8px"><b>${PODCAST[0]}</b><br /><a href="/p/podcast.html">${PODCAST[1]}</a></div>`)}
</div><div class="post-footer"><span class="post-labels">التسميات: <a href="/search/label/x" rel="tag">محليات</a></span></div></div></div></div>
<div class="blog-pager" id="blog-pager"><a class="blog-pager-older-link" href="/old">رسالة أقدم</a></div></div></div>
<div class="sidebar section" id="sidebar"><div class="widget PopularPosts"><h2>المشاركات الشائعة</h2><ul><li><a href="/y">تدوينة أخرى</a></li></ul></div></div></div>
<div class="footer-outer">${FOOTER}</div></body></html>`,

  drupal: (g, seed) => `<!DOCTYPE html><html lang="ar" dir="rtl">${head(g)}<body class="path-node page-node-type-article">
<div class="dialog-off-canvas-main-canvas"><header role="banner"><div class="region region-header"><a href="/" rel="home">شبكة الأخبار</a></div></header>
<div class="region region-primary-menu"><ul class="menu">${SECTIONS.map((s, i) => `<li class="menu-item"><a href="/taxonomy/term/${i}">${s}</a></li>`).join('')}</ul></div>
<main role="main"><div class="region region-content"><article role="article" class="node node--type-article node--view-mode-full">
${g.title ? `<h1 class="page-title"><span class="field field--name-title">${esc(g.title)}</span></h1>` : ''}
<div class="node__meta"><span class="field field--name-uid">${byline(g)}</span></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field__item">
${bodyParts(g.body, p, `<figure role="group" class="caption caption-img"><img src="/sites/default/files/a.jpg"><figcaption><p>${CAPTION}</p></figcaption></figure>`,
  `<p><em>اقرأ أيضا: <a href="/node/${seed + 100}">${TEASER}</a></em></p>`,
  `<div class="field field--name-field-promo"><div class="field__item"><p>${PODCAST[0]}</p><p><a href="/podcast">${PODCAST[1]}</a></p></div></div>`)}
</div></div></article>
<div class="views-element-container"><div class="view view-more-stories"><div class="view-header"><h2>${RELATED_HEADINGS[(seed + 3) % 4]}</h2></div><div class="view-content">${relatedLinks((a) => `<div class="views-row"><span class="field-content">${a}</span></div>`)}</div></div></div>
</div></main><footer role="contentinfo"><div class="region region-footer">${FOOTER}</div></footer></div></body></html>`,
};

/** One page per gold article and CMS style. */
export function loadCmsPages(dir = path.resolve(__dirname, '../../test/fixtures/strip-pages-3/gold')): HtmlPage[] {
  const pages: HtmlPage[] = [];
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  files.forEach((f, i) => {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Gold;
    const style = CMS_STYLES[i % CMS_STYLES.length];
    const other = CMS_STYLES[(i + 3) % CMS_STYLES.length];
    for (const s of [style, other]) {
      pages.push({ name: `${f.replace(/\.json$/, '')}.${s}`, style: s, html: BUILDERS[s](gold, i + 1), title: gold.title, body: gold.body });
    }
  });
  return pages;
}
