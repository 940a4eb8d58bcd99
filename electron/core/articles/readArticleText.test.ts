import { describe, expect, it } from 'vitest';
import { blockSeparator } from '../../../shared/articleText';
import { storeParagraphs, testContext } from '../testing/testContext';
import { contentHash } from '../import/storedForm';
import { readArticleText } from './readArticleText';

describe('readArticleText', () => {
  it('reads the plain text an article was stored with', () => {
    const ctx = testContext();
    const paragraphs = ['Titre', 'Pékin a donné son feu vert.'];
    const articleId = storeParagraphs(ctx, paragraphs);
    expect(readArticleText(ctx, articleId)).toBe(paragraphs.join(blockSeparator));
  });

  it('reads the text again once the article holds another (its content hash changed)', () => {
    const ctx = testContext();
    const articleId = storeParagraphs(ctx, ['Pékin a donné son feu vert.']);
    expect(readArticleText(ctx, articleId)).toBe('Pékin a donné son feu vert.');
    ctx.store
      .prepare('UPDATE articles SET text = ?, content_hash = ? WHERE id = ?')
      .run('Lyon aussi.', contentHash('Lyon aussi.'), articleId);
    expect(readArticleText(ctx, articleId)).toBe('Lyon aussi.');
    ctx.store.prepare('DELETE FROM articles WHERE id = ?').run(articleId);
    expect(() => readArticleText(ctx, articleId)).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('answers not_found for an unknown article', () => {
    expect(() => readArticleText(testContext(), 42)).toThrow(
      expect.objectContaining({ code: 'not_found', message: 'There is no article 42.' }),
    );
  });
});
