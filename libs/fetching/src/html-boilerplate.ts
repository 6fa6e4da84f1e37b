/** What the HTML walk drops before the stripper sees it: page furniture, never article text. */

/** Elements whose content is never visible text: not read by the walk nor by the density fallback. */
export const INVISIBLE_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'select', 'button', 'textarea', 'canvas',
  'object', 'embed', 'video', 'audio', 'map', 'head', 'iframe', 'datalist', 'option', 'title',
]);

/**
 * Elements whose subtree the walk skips as page furniture. A form is not one of them:
 * ASP.NET wraps the whole page in <form id="aspnetForm">; its inputs and buttons are
 * invisible anyway. When the skip is wrong (an article inside <aside>), the density
 * fallback still sees the text.
 */
export const FURNITURE_TAGS = new Set(['nav', 'aside', 'dialog', 'menu', 'label']);

/** Page header/footer; kept inside <article>/<main>, where they hold the headline or the credit line. */
export const PAGE_FRAME_TAGS = new Set(['header', 'footer']);

/** Text inside these is a caption whatever element holds it (`<figcaption><p>...`). */
export const CAPTION_TAGS = new Set(['figure', 'figcaption']);

/** Elements that start a new text block; text is attributed to the innermost one. */
export const BLOCK_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'blockquote', 'td', 'th', 'pre', 'div',
  'section', 'article', 'main', 'figcaption', 'caption', 'address', 'center', 'summary', 'details',
  'header', 'footer', 'ul', 'ol', 'dl', 'table', 'tr', 'tbody', 'thead', 'figure', 'hr', 'body', 'html',
  'nav', 'aside', 'form', 'fieldset', 'legend', 'dialog', 'menu', 'amp-img', 'picture',
]);

/** Containers never dropped by class/id: they hold the article (or everything). */
export const NEVER_DROPPED = new Set(['html', 'body', 'main', 'article']);

/**
 * class/id tokens of menu-like containers; matched as whole hyphen/underscore-separated
 * words so "head" or "shadow" do not match. Examples of what each catches:
 * "main-menu", "navbar", "share-buttons", "social-links", "related-posts", "comments",
 * "breadcrumb", "sidebar", "ad-slot"/"ads", "newsletter-signup", "tags-list",
 * "most-read", "cookie-banner", "pagination".
 */
const MENU_WORDS = [
  'menu', 'menus', 'nav', 'navbar', 'navigation', 'topnav', 'subnav', 'share', 'sharing', 'shares', 'sharebar',
  'social', 'socials', 'related', 'comment', 'comments', 'breadcrumb', 'breadcrumbs', 'sidebar',
  'widget', 'widgets', 'ad', 'ads', 'advert', 'adverts', 'advertisement', 'sponsor', 'sponsored',
  'promo', 'newsletter', 'subscribe', 'subscription', 'cookie', 'cookies', 'popup', 'modal', 'tags',
  'toolbar', 'pagination', 'pager', 'trending', 'popular', 'outbrain', 'taboola',
  'disqus', 'dfp', 'gpt', 'login', 'signup', 'search', 'podcast', 'podcasts',
];
const MENU_RE = new RegExp(`(?:^|[_-])(?:${MENU_WORDS.join('|')})(?:$|[_-])`, 'i');
/** A token whose last word names content marks the element as content, e.g. "td-post-content", "widget-heading". */
const CONTENT_RE = /(?:^|[_-])(?:content|entry|story|body|text|title|headline|heading)$/i;
/** Tokens that make a container a likelier article for the density fallback (Readability's positive class weight). */
const ARTICLE_RE = /(?:^|[_-])(?:article|content|entry|story|body|text|post|main|news|detail|details)(?:$|[_-])/i;
/**
 * Tokens that say nothing about the role: page-builder wrappers (Elementor puts every
 * block, article text included, in an "elementor-widget"), and taxonomy classes that
 * repeat arbitrary slugs (WordPress puts "tag-social-media" or "category-ads" on the
 * element wrapping the article).
 */
const NEUTRAL_RE = /^(?:elementor|et_pb|et-pb|vc|wp-block|fusion)[_-]|^(?:tag|category|categories|type|status|format|author|term|topic)-|^(?:post|postid|page-id)-\d+$/i;
/**
 * The page's frame, e.g. id="header", class="site-footer", "masthead". Inside <article> or
 * <main> the same words mean the article's own header (headline, byline) or footer (the
 * credited agency), which the stripper needs, so there they are not furniture.
 */
const FRAME_RE = /^(?:header|site-header|page-header-bar|top-header|main-header|masthead|topbar|top-bar)$|(?:^|[_-])footer(?:$|[_-])/i;
/** ARIA landmarks of page furniture, e.g. role="navigation" on a plain <div>. */
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alert']);

/** True when the element is hidden from readers (the `hidden` attribute, display:none). */
export function isHidden(attrs: Record<string, string>): boolean {
  return attrs.hidden !== undefined || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attrs.style ?? '');
}

function classTokens(attrs: Record<string, string>): string[] {
  const names = `${attrs.class ?? ''} ${attrs.id ?? ''}`.replace(/([a-z])([A-Z])/g, '$1-$2');
  return names.split(/\s+/).filter((t) => t && !NEUTRAL_RE.test(t));
}

/**
 * Furniture that is often longer than the article (reader comments, related-article
 * teasers), so the "holds most of the page's text" wrapper exemption never applies.
 */
const LONG_FURNITURE_RE = /(?:^|[_-])(?:comment|comments|disqus|related|outbrain|taboola)(?:$|[_-])/i;

/** True when the furniture reason names long furniture (see LONG_FURNITURE_RE). */
export function isLongFurniture(reason: string): boolean {
  return LONG_FURNITURE_RE.test(reason.replace(/^class\/id "|"$/g, ''));
}

/** Why an element is page furniture, or null when it may hold article text. */
export function furnitureReason(tag: string, attrs: Record<string, string>, inArticle = false): string | null {
  if (NEVER_DROPPED.has(tag)) return null;
  if (isHidden(attrs)) return 'hidden';
  const role = attrs.role?.toLowerCase();
  if (role && FURNITURE_ROLES.has(role)) return `role=${role}`;
  const tokens = classTokens(attrs);
  if (tokens.some((t) => CONTENT_RE.test(t))) return null;
  const hit = tokens.find((t) => MENU_RE.test(t) || (!inArticle && FRAME_RE.test(t)));
  return hit ? `class/id "${hit}"` : null;
}

/** class/id of a caption wrapper, e.g. "wp-caption-text", "image-caption", "photo-credit". */
const CAPTION_RE = /(?:^|[_-])(?:caption|captions|credit|credits)(?:$|[_-])/i;

/** True when the element's class/id names an image caption or credit. */
export function isCaptionClass(attrs: Record<string, string>): boolean {
  return (attrs.class !== undefined || attrs.id !== undefined) && classTokens(attrs).some((t) => CAPTION_RE.test(t));
}

/** Readability-style class weight for the density fallback: +25 article-like, -25 furniture-like. */
export function classWeight(tag: string, attrs: Record<string, string>): number {
  if (tag === 'article' || tag === 'main') return 25;
  if (!attrs.class && !attrs.id) return 0;
  const tokens = classTokens(attrs);
  let w = 0;
  if (tokens.some((t) => ARTICLE_RE.test(t))) w += 25;
  if (tokens.some((t) => MENU_RE.test(t) || FRAME_RE.test(t))) w -= 25;
  return w;
}
