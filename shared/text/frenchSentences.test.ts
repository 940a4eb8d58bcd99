import { describe, expect, it } from 'vitest';
import { frenchSentences } from './frenchSentences';

const sentences = (text: string) => frenchSentences(text).map(({ start, end }) => text.slice(start, end));

describe('frenchSentences', () => {
  it('does not split after titles, inside article numbers, acronyms or decimals', () => {
    expect(sentences('M. Macron a reçu Mme Dupont et MM. Durand. Le Pr. Raoult était absent.')).toEqual([
      'M. Macron a reçu Mme Dupont et MM. Durand.',
      'Le Pr. Raoult était absent.',
    ]);
    expect(sentences('Le gouvernement a utilisé l’art. 49.3 hier. La S.N.C.F. proteste.')).toEqual([
      'Le gouvernement a utilisé l’art. 49.3 hier.',
      'La S.N.C.F. proteste.',
    ]);
    expect(sentences('Le coût atteint 1,5 milliard. Il double.')).toEqual([
      'Le coût atteint 1,5 milliard.',
      'Il double.',
    ]);
  });

  it('splits after etc. and an ellipsis before a capital, keeps « … ! » a déclaré whole', () => {
    expect(sentences('Des GPU, des serveurs, etc. Puis la Chine a réagi.')).toEqual([
      'Des GPU, des serveurs, etc.',
      'Puis la Chine a réagi.',
    ]);
    expect(sentences('Il hésite… Puis il signe.')).toEqual(['Il hésite…', 'Puis il signe.']);
    expect(sentences('« C’est inacceptable ! » a déclaré le ministre. Il part.')).toEqual([
      '« C’est inacceptable ! » a déclaré le ministre.',
      'Il part.',
    ]);
  });

  it('ends a sentence at a line break and keeps a closing quote with its sentence', () => {
    expect(sentences('Titre sans point\n\n« Nous irons. » Elle sourit.')).toEqual([
      'Titre sans point',
      '« Nous irons. »',
      'Elle sourit.',
    ]);
  });
});
