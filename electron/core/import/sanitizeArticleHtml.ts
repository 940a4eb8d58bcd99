import createDOMPurify from 'dompurify';
import type { DOMWindow } from 'jsdom';

/// The tags sanitised HTML keeps: text structure only. Unknown block containers are kept so that
/// ProseMirror still sees a block boundary between them; every other tag is unwrapped, its text kept.
export const allowedTags = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'li',
  'br',
  'em',
  'i',
  'strong',
  'b',
  'a',
  'div',
  'section',
  'article',
  'main',
  'header',
  'figure',
  'figcaption',
  'pre',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'td',
  'th',
];
/// Tags always removed, even were they allowed; their text stays unless `forbiddenContents` (or
/// DOMPurify's own list) names them.
export const forbiddenTags = [
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'form',
  'input',
  'svg',
  'math',
  'img',
  'video',
  'audio',
  'source',
  'link',
  'meta',
];
/// Tags whose text is dropped with them, beyond DOMPurify's own list: page furniture and controls.
/// Figure captions stay: they name places and credit photographers, text a journalist annotates.
export const forbiddenContents = [
  'form',
  'object',
  'embed',
  'select',
  'textarea',
  'button',
  'nav',
  'aside',
  'footer',
];

/// Sanitises untrusted article HTML with DOMPurify in the given jsdom window and returns the
/// resulting body element: only basic text tags, no attribute but an http(s) or mailto `href`.
/// The readers use `fragmentToDoc`, which applies these rules while copying; this is the
/// reference its tests hold it to.
export function sanitizeArticleHtml(window: DOMWindow, html: string): Element {
  const purify = createDOMPurify(window);
  return purify.sanitize(html, {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: ['href'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
    FORBID_TAGS: forbiddenTags,
    ADD_FORBID_CONTENTS: forbiddenContents,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    KEEP_CONTENT: true,
    RETURN_DOM: true,
  });
}
