import { PasserelleError } from '../../../shared/errors';

/// Deepest element nesting accepted in imported HTML; a real article page stays under 100.
export const maxHtmlNesting = 500;
/// Most elements accepted in imported HTML; a long news page holds a few thousand.
export const maxHtmlElements = 100_000;

// Elements that never hold children, and those whose end tag is usually left out (their count
// would otherwise grow with every unclosed <p> of hand-written HTML).
const voidElements = new Set(
  'area base br col embed hr img input link meta source track wbr param keygen basefont bgsound frame'.split(
    ' ',
  ),
);
const impliedEnd = new Set(
  'p li dt dd tr td th option optgroup colgroup thead tbody tfoot rb rt rtc rp caption'.split(' '),
);
// Their content is text to the parser, so a "<div>" inside a script is no element.
const rawText = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
]);

/// The shape of some HTML as a linear, tokenizer-free scan estimates it.
export interface HtmlShape {
  readonly elements: number;
  readonly depth: number;
}

/// Estimates how many elements some HTML holds and how deep they nest, in one linear pass (no
/// backtracking, so a 10 MB line without `>` costs one `indexOf`). Unclosed formatting tags count
/// as nesting, as the HTML parser nests them too.
export function measureHtml(html: string): HtmlShape {
  const lower = html.toLowerCase();
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  // Inside <svg> and <math> a self-closed tag is empty; in HTML "<div/>" still opens a div.
  let foreign = 0;
  let at = lower.indexOf('<');
  while (at !== -1) {
    if (lower.startsWith('<!--', at)) {
      const end = lower.indexOf('-->', at + 4);
      if (end === -1) break;
      at = lower.indexOf('<', end + 3);
      continue;
    }
    const closing = lower[at + 1] === '/';
    const nameStart = at + (closing ? 2 : 1);
    let nameEnd = nameStart;
    while (nameEnd < lower.length && /[a-z0-9:-]/.test(lower[nameEnd] ?? '')) nameEnd++;
    const name = lower.slice(nameStart, nameEnd);
    const tagEnd = lower.indexOf('>', nameEnd);
    if (tagEnd === -1) break;
    if (name === '' || !/[a-z]/.test(name[0] ?? '')) {
      at = lower.indexOf('<', at + 1);
      continue;
    }
    if (closing) {
      if (!voidElements.has(name) && !impliedEnd.has(name)) depth = Math.max(0, depth - 1);
      if ((name === 'svg' || name === 'math') && foreign > 0) foreign--;
      at = lower.indexOf('<', tagEnd + 1);
      continue;
    }
    elements++;
    const selfClosing = foreign > 0 && lower[tagEnd - 1] === '/';
    if ((name === 'svg' || name === 'math') && lower[tagEnd - 1] !== '/') foreign++;
    if (!voidElements.has(name) && !impliedEnd.has(name) && !selfClosing) {
      depth++;
      deepest = Math.max(deepest, depth);
    }
    let next = tagEnd + 1;
    if (rawText.has(name)) {
      const close = lower.indexOf(`</${name}`, next);
      if (close === -1) break;
      next = close;
    }
    at = lower.indexOf('<', next);
  }
  return { elements, depth: deepest };
}

/// Refuses HTML that would take the parser, Readability or the schema parser unbounded time or
/// stack: nested deeper than `maxHtmlNesting` or holding more than `maxHtmlElements` elements.
export function checkHtmlShape(html: string, fileName: string): void {
  const shape = measureHtml(html);
  if (shape.depth > maxHtmlNesting) {
    throw new PasserelleError(
      'parse_failed',
      `${fileName}: the HTML nests elements about ${shape.depth} levels deep (at most ${maxHtmlNesting} are read).`,
    );
  }
  if (shape.elements > maxHtmlElements) {
    throw new PasserelleError(
      'too_large',
      `${fileName}: the HTML holds about ${shape.elements} elements (at most ${maxHtmlElements} are read).`,
    );
  }
}
