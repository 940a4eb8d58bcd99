import { describe, expect, it } from 'vitest';
import { annotationsBySegment, entryRendering, sourcePieces } from './segmentMentions';
import { mentionOf, segmentOf } from './testing/segmentOf';

const text = 'Selon la Cour des comptes, Pékin a dit oui. Pékin attend.';
const cour = mentionOf(1, 'Cour des comptes', text.indexOf('Cour'), 'organisation', 5);
const comptes = mentionOf(2, 'comptes', text.indexOf('comptes'), 'other', null);
const pekin = mentionOf(3, 'Pékin', text.indexOf('Pékin'), 'place', 7);
const pekinAgain = mentionOf(4, 'Pékin', text.lastIndexOf('Pékin'), 'place', 7);
const first = segmentOf(1, 'Selon la Cour des comptes, Pékin a dit oui.', 0);
const second = segmentOf(2, 'Pékin attend.', text.lastIndexOf('Pékin'));

describe('sourcePieces', () => {
  it('cuts a segment at every annotation boundary, nested annotations outermost first', () => {
    const pieces = sourcePieces(first.source, first.start, [pekin, comptes, cour]);
    expect(pieces.map((piece) => piece.text)).toEqual([
      'Selon la ',
      'Cour des ',
      'comptes',
      ', ',
      'Pékin',
      ' a dit oui.',
    ]);
    expect(pieces[2]!.annotations.map((annotation) => annotation.id)).toEqual([1, 2]);
    expect(pieces[4]!.start).toBe(text.indexOf('Pékin'));
  });

  it('keeps a segment without annotations whole', () => {
    expect(sourcePieces(second.source, second.start, [])).toEqual([
      { text: 'Pékin attend.', start: second.start, annotations: [] },
    ]);
  });
});

describe('annotationsBySegment', () => {
  it('gives each segment the annotations over it, in one pass', () => {
    const bySegment = annotationsBySegment([second, first], [pekinAgain, cour, pekin, comptes]);
    expect(bySegment.get(1)?.map((annotation) => annotation.id)).toEqual([1, 2, 3]);
    expect(bySegment.get(2)?.map((annotation) => annotation.id)).toEqual([4]);
  });
});

describe('entryRendering', () => {
  it('gives the English term, the original kept, or the original with its gloss', () => {
    const entry = { frenchTerm: 'Cour des comptes', englishTerm: 'Court of Audit' };
    expect(entryRendering({ ...entry, decision: 'translate' })).toBe('Court of Audit');
    expect(entryRendering({ ...entry, decision: 'keep' })).toBe('Cour des comptes');
    expect(entryRendering({ ...entry, decision: 'gloss' })).toBe('Cour des comptes (Court of Audit)');
    expect(entryRendering({ ...entry, englishTerm: '', decision: 'translate' })).toBe('Cour des comptes');
  });
});
