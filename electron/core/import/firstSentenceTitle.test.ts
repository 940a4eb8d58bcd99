import { describe, expect, it } from 'vitest';
import { firstSentenceTitle } from './firstSentenceTitle';

describe('firstSentenceTitle', () => {
  it('cuts the text after its first full stop, exclamation or question mark', () => {
    expect(firstSentenceTitle('La Chine accélère le pas. Pékin a donné son feu vert.')).toBe(
      'La Chine accélère le pas.',
    );
    expect(firstSentenceTitle('Enfin ! La suite vient.')).toBe('Enfin !');
    expect(firstSentenceTitle('Qui paiera ? Personne ne sait.')).toBe('Qui paiera ?');
  });

  it('cuts after an ellipsis character', () => {
    expect(firstSentenceTitle('Ils hésitent… puis signent.')).toBe('Ils hésitent…');
  });

  it('does not take an initial or "M." for the end of a sentence', () => {
    expect(firstSentenceTitle('M. Dupont et J. Martin ont signé. Ensuite, rien.')).toBe(
      'M. Dupont et J. Martin ont signé.',
    );
  });

  it('keeps decimals and text without final punctuation whole', () => {
    expect(firstSentenceTitle('Un budget de 3.5 millions')).toBe('Un budget de 3.5 millions');
  });

  it('shortens a long first sentence at a word boundary with an ellipsis', () => {
    const sentence = `${'mot '.repeat(40)}fin.`;
    const title = firstSentenceTitle(sentence, 120);
    expect(title).not.toBeNull();
    expect(title?.length).toBeLessThanOrEqual(120);
    expect(title).toMatch(/^(?:mot )+mot…$/);
  });

  it('folds line breaks but keeps French non-breaking spaces', () => {
    expect(firstSentenceTitle('Un titre\nsur deux lignes\u00a0! Puis.')).toBe(
      'Un titre sur deux lignes\u00a0!',
    );
  });

  it('returns null for blank text', () => {
    expect(firstSentenceTitle(' \n ')).toBeNull();
  });
});
