/** What the HTML walk drops before the stripper sees it: page furniture, never article text. */

/** Elements whose whole subtree is never article text. */
export const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'aside', 'form', 'iframe', 'svg', 'math',
  'select', 'button', 'textarea', 'canvas', 'object', 'embed', 'video', 'audio', 'map', 'dialog', 'head',
]);

/** Page header/footer; kept inside <article>/<main>, where they hold the headline or the credit line. */
export const PAGE_FRAME_TAGS = new Set(['header', 'footer']);

/** Elements that start a new text block; text is attributed to the innermost one. */
export const BLOCK_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'blockquote', 'td', 'th', 'pre', 'div',
  'section', 'article', 'main', 'figcaption', 'caption', 'address', 'center', 'summary', 'details',
  'header', 'footer', 'ul', 'ol', 'dl', 'table', 'tr', 'tbody', 'thead', 'figure', 'hr', 'body', 'html',
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
  'disqus', 'dfp', 'gpt', 'login', 'signup', 'search',
];
const MENU_RE = new RegExp(`(?:^|[_-])(?:${MENU_WORDS.join('|')})(?:$|[_-])`, 'i');
/** A token whose last word names content marks the element as content, e.g. "td-post-content", "widget-heading". */
const CONTENT_RE = /(?:^|[_-])(?:content|entry|story|body|text|title|headline|heading)$/i;
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

/** Why an element is page furniture, or null when it may hold article text. */
export function furnitureReason(tag: string, attrs: Record<string, string>, inArticle = false): string | null {
  if (NEVER_DROPPED.has(tag)) return null;
  if (attrs.hidden !== undefined || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attrs.style ?? '')) return 'hidden';
  const role = attrs.role?.toLowerCase();
  if (role && FURNITURE_ROLES.has(role)) return `role=${role}`;
  const names = `${attrs.class ?? ''} ${attrs.id ?? ''}`.replace(/([a-z])([A-Z])/g, '$1-$2');
  const tokens = names.split(/\s+/).filter((t) => t && !NEUTRAL_RE.test(t));
  if (tokens.some((t) => CONTENT_RE.test(t))) return null;
  const hit = tokens.find((t) => MENU_RE.test(t) || (!inArticle && FRAME_RE.test(t)));
  return hit ? `class/id "${hit}"` : null;
}
