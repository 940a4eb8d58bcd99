import { describe, expect, it } from 'vitest';
import { blockSeparator } from '../../../shared/articleText';
import { storeParagraphs, testContext } from '../testing/testContext';
import { readArticleText } from './readArticleText';

describe('readArticleText', () => {
  it('reads the plain text an article was stored with', () => {
    const ctx = testContext();
    const paragraphs = ['Titre', 'Pékin a donné son feu vert.'];
    const articleId = storeParagraphs(ctx, paragraphs);
    expect(readArticleText(ctx, articleId)).toBe(paragraphs.join(blockSeparator));
  });

  it('answers not_found for an unknown article', () => {
    expect(() => readArticleText(testContext(), 42)).toThrow(
      expect.objectContaining({ code: 'not_found', message: 'There is no article 42.' }),
    );
  });
});
