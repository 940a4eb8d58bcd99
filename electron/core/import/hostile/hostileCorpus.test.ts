import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../../../shared/articleText';
import { articleSchema } from '../../../../shared/schema';
import { parseArticle } from '../parseArticle';
import { hostileCorpus, hostileMarker } from './hostileCorpus';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const nodeNames = new Set(Object.keys(articleSchema.nodes));
const markNames = new Set(Object.keys(articleSchema.marks));

// Every node and mark of the stored document, with the attributes it carries.
function inspect(doc: Node): { nodes: string[]; marks: string[]; hrefs: string[]; attrs: string[] } {
  const seen = { nodes: [] as string[], marks: [] as string[], hrefs: [] as string[], attrs: [] as string[] };
  doc.descendants((node) => {
    seen.nodes.push(node.type.name);
    seen.attrs.push(...Object.keys(node.attrs));
    for (const mark of node.marks) {
      seen.marks.push(mark.type.name);
      if (mark.type.name === 'link') seen.hrefs.push(String(mark.attrs.href));
    }
  });
  return seen;
}

describe('the hostile corpus, imported', () => {
  for (const { name, html } of hostileCorpus) {
    for (const [source, parse] of [
      ['a file', () => parseArticle({ kind: 'file', fileName: `${name}.html`, bytes: utf8(html) })],
      ['a paste', () => parseArticle({ kind: 'paste', content: html, format: 'html' })],
    ] as const) {
      it(`keeps only schema nodes, marks and safe links: ${name}, from ${source}`, async () => {
        const { doc } = await parse();
        doc.check();
        const seen = inspect(doc);
        for (const node of seen.nodes) expect(nodeNames).toContain(node);
        for (const mark of seen.marks) expect(markNames).toContain(mark);
        for (const attr of seen.attrs) expect(['level', 'order']).toContain(attr);
        for (const href of seen.hrefs) expect(href).toMatch(/^(?:https?:\/\/|mailto:)/i);
        expect(JSON.stringify(doc.toJSON())).not.toMatch(/"(?:src|style|on\w+|srcset|action|formaction)"/i);
        expect(seen.hrefs.join(' ')).not.toContain('evil.example');
        expect(articleText(doc)).toContain(hostileMarker);
      });
    }
  }

  it('covers every kind of trick the issue lists', () => {
    const all = hostileCorpus.map(({ html }) => html).join('\n');
    for (const trick of [
      '<script',
      'onerror=',
      'javascript:',
      '&#106;&#97;',
      'JaVaScRiPt:',
      'data:text/html',
      'vbscript:',
      '<svg',
      '<math',
      '<iframe',
      '<form',
      'http-equiv="refresh"',
      '<base href',
      'url(',
      '<style>',
      'srcset=',
      '<object',
      '<embed',
      '<template',
      '<noscript',
    ]) {
      expect(all).toContain(trick);
    }
  });
});
