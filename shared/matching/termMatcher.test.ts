import { describe, expect, it } from 'vitest';
import { foldWithMap } from './foldWithMap';
import { TermMatcher } from './termMatcher';

function find(terms: string[], text: string): string[] {
  const matcher = new TermMatcher(terms.map((term, value) => ({ term, value })));
  return matcher.findAll(text).map((m) => `${text.slice(m.start, m.end)}@${m.start}=${terms[m.value]}`);
}

describe('TermMatcher', () => {
  it('ignores case', () => {
    expect(find(['DeepSeek'], 'deepseek et DEEPSEEK')).toEqual([
      'deepseek@0=DeepSeek',
      'DEEPSEEK@12=DeepSeek',
    ]);
  });

  it('ignores accents both ways', () => {
    expect(find(['Élysée'], "l'Elysee")).toEqual(['Elysee@2=Élysée']);
    expect(find(['Elysee'], 'l’Élysée')).toEqual(['Élysée@2=Elysee']);
  });

  it('matches NFD text and maps back to the exact original span', () => {
    const text = 'Le Pe\u0301kin de 2026';
    expect(find(['Pékin'], text)).toEqual(['Pe\u0301kin@3=Pékin']);
  });

  it('treats typographic and straight apostrophes alike', () => {
    expect(find(["Côte d'Ivoire"], 'la Côte d’Ivoire')).toEqual(["Côte d’Ivoire@3=Côte d'Ivoire"]);
  });

  it('treats NBSP, narrow NBSP and runs of spaces as one space', () => {
    expect(find(['Jensen Huang'], 'Jensen\u00a0Huang, Jensen\u202fHuang, Jensen  Huang')).toEqual([
      'Jensen\u00a0Huang@0=Jensen Huang',
      'Jensen\u202fHuang@14=Jensen Huang',
      'Jensen  Huang@28=Jensen Huang',
    ]);
  });

  it('finds the name after an elided article, never including it', () => {
    expect(find(['Alibaba'], 'les actions d’Alibaba')).toEqual(['Alibaba@14=Alibaba']);
  });

  it('matches hyphenated names as a whole', () => {
    expect(find(['Jean-Pierre'], 'Jean-Pierre et Jean Pierre')).toEqual(['Jean-Pierre@0=Jean-Pierre']);
  });

  it('respects word boundaries', () => {
    expect(find(['Inria'], 'Inrialab et MonInria')).toEqual([]);
    expect(find(['Inria'], 'Inria, Inria.')).toEqual(['Inria@0=Inria', 'Inria@7=Inria']);
  });

  it('reports every entry when entries overlap', () => {
    expect(find(['Banque de France', 'France'], 'la Banque de France')).toEqual([
      'Banque de France@3=Banque de France',
      'France@13=France',
    ]);
  });

  it('finds the same matches in a text folded beforehand', () => {
    const matcher = new TermMatcher([{ term: 'Pékin', value: 1 }]);
    const text = 'À Pekin et à PÉKIN.';
    expect(matcher.findAllFolded(foldWithMap(text))).toEqual(matcher.findAll(text));
    expect(matcher.findAll(text)).toHaveLength(2);
  });
});
