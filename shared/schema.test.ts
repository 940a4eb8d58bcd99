import { describe, expect, it } from 'vitest';
import { articleSchema, isSafeHref } from './schema';

describe('article schema', () => {
  it('keeps only http, https and mailto links', () => {
    expect(isSafeHref('https://example.org/a')).toBe(true);
    expect(isSafeHref(' HTTP://example.org')).toBe(true);
    expect(isSafeHref('mailto:a@b.fr')).toBe(true);
    expect(isSafeHref('javascript:alert(1)')).toBe(false);
    expect(isSafeHref('JaVaScRiPt:alert(1)')).toBe(false);
    expect(isSafeHref('data:text/html,x')).toBe(false);
    expect(isSafeHref('/relative')).toBe(false);
  });

  it('renders an unsafe href stored by mistake as an inert link', () => {
    const mark = articleSchema.marks.link.create({ href: 'javascript:alert(1)' });
    const spec = articleSchema.marks.link.spec.toDOM!(mark, true);
    expect(JSON.stringify(spec)).not.toContain('javascript');
  });

  it('has the structure nodes an article needs and nothing that runs', () => {
    expect(Object.keys(articleSchema.nodes).sort()).toEqual(
      [
        'article_section',
        'blockquote',
        'bullet_list',
        'doc',
        'hard_break',
        'heading',
        'list_item',
        'ordered_list',
        'paragraph',
        'text',
      ].sort(),
    );
    expect(Object.keys(articleSchema.marks).sort()).toEqual(['em', 'link', 'strong']);
  });

  it('never makes an editor section out of imported HTML', () => {
    expect(articleSchema.nodes.article_section.spec.parseDOM).toBeUndefined();
  });
});
