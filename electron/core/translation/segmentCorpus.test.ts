import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../../shared/articleText';
import { segmentSentences } from '../../../shared/translation/segmentSentences';
import { expectSegmentContract } from '../../../shared/translation/testing/expectSegmentContract';
import { parseArticleFile } from '../import/parseArticleFile';

const corpus = new URL('../../../../shared/corpus/', import.meta.url);
const articles = readdirSync(corpus).filter((name) => name.includes('.fr.'));

// The corpus goes through the real import, so the segmenter sees what it sees in the app: an
// `article.text` of text blocks joined by blank lines.
describe('segmentSentences on the French corpus', () => {
  it('has articles to cut', () => {
    expect(articles.length).toBeGreaterThanOrEqual(3);
  });

  it.each(articles)('keeps its contract on %s, whole and in ranges', async (name) => {
    const parsed = await parseArticleFile(name, readFileSync(new URL(name, corpus)));
    const text = articleText(parsed.doc);
    const spans = segmentSentences(text);
    expect(spans.length).toBeGreaterThan(3);
    expectSegmentContract(text, spans);
    for (let start = 0; start < text.length; start += 97) {
      const range = { start, end: Math.min(text.length, start + 1 + ((start * 7) % 400)) };
      expectSegmentContract(text, segmentSentences(text, range), range);
    }
  });

  it('cuts the seed article after « » quotations and keeps "400 000" and the elisions whole', async () => {
    const name = 'seed-h200-chine.fr.txt';
    const parsed = await parseArticleFile(name, readFileSync(new URL(name, corpus)));
    const text = articleText(parsed.doc);
    const pieces = segmentSentences(text).map((span) => text.slice(span.start, span.end));
    for (const piece of pieces) expect(piece).toMatch(/^[\p{Lu}\p{N}«"“(—–-]/u);
    expect(pieces.some((piece) => piece.includes('400 000'))).toBe(true);
  });
});
