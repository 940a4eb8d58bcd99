import { describe, expect, it } from 'vitest';
import { driftReport, fixDriftTarget, type DriftSegment } from './drift';
import type { QaEntry } from './qa';

const cour: QaEntry = {
  id: 2,
  frenchTerm: 'Cour des comptes',
  englishTerm: 'Court of Audit',
  englishAvoid: ['Court of Auditors'],
  decision: 'translate',
};
const pekin: QaEntry = {
  id: 1,
  frenchTerm: 'Pékin',
  englishTerm: 'Beijing',
  englishAvoid: ['Peking', 'Pekin'],
  decision: 'translate',
};
const conseil: QaEntry = {
  id: 3,
  frenchTerm: 'Conseil d’État',
  englishTerm: '',
  englishAvoid: ['Council of State'],
  decision: 'keep',
};
const entries = new Map<number, QaEntry>([
  [1, pekin],
  [2, cour],
  [3, conseil],
]);

function segment(segmentId: number, articleId: number, target: string, entryIds: number[]): DriftSegment {
  return { segmentId, articleId, articleTitle: `Article ${articleId}`, target, entryIds };
}

describe('driftReport', () => {
  it('reports an entry rendered with the preferred term in one article and a variant in another', () => {
    const report = driftReport(
      [
        segment(10, 1, 'The Court of Audit said so.', [2]),
        segment(20, 2, 'The Court of Auditors disagreed.', [2]),
      ],
      entries,
    );
    expect(report).toEqual([
      {
        entryId: 2,
        frenchTerm: 'Cour des comptes',
        englishTerm: 'Court of Audit',
        renderings: [
          {
            text: 'Court of Audit',
            preferred: true,
            segments: [{ segmentId: 10, articleId: 1, articleTitle: 'Article 1' }],
          },
          {
            text: 'Court of Auditors',
            preferred: false,
            segments: [{ segmentId: 20, articleId: 2, articleTitle: 'Article 2' }],
          },
        ],
      },
    ]);
  });

  it('leaves out entries rendered one way everywhere, whatever the case or ending', () => {
    const report = driftReport(
      [
        segment(10, 1, 'Beijing agreed.', [1]),
        segment(11, 1, 'beijing’s plans.', [1]),
        segment(20, 2, 'The Court of Audit’s report.', [2]),
        segment(21, 2, 'The Court of Audit again.', [2]),
      ],
      entries,
    );
    expect(report).toEqual([]);
  });

  it('lists a segment with none of the known forms under the empty rendering, and one with two forms under both', () => {
    const report = driftReport(
      [
        segment(10, 1, 'Beijing agreed.', [1]),
        segment(11, 1, 'The capital agreed.', [1]),
        segment(12, 1, 'Peking, now Beijing, agreed.', [1, 1]),
      ],
      entries,
    );
    expect(
      report.map((entry) =>
        entry.renderings.map(({ text, preferred, segments }) => ({
          text,
          preferred,
          ids: segments.map((one) => one.segmentId),
        })),
      ),
    ).toEqual([
      [
        { text: 'Beijing', preferred: true, ids: [10, 12] },
        { text: 'Peking', preferred: false, ids: [12] },
        { text: '', preferred: false, ids: [11] },
      ],
    ]);
  });

  it('takes the original as the preferred form of an entry kept in French', () => {
    const report = driftReport(
      [segment(10, 1, 'The Conseil d’État ruled.', [3]), segment(20, 2, 'The Council of State ruled.', [3])],
      entries,
    );
    expect(report[0]?.renderings.map(({ text, preferred }) => ({ text, preferred }))).toEqual([
      { text: 'Conseil d’État', preferred: true },
      { text: 'Council of State', preferred: false },
    ]);
  });

  it('skips empty targets, unknown entries and entries with no English term to translate to', () => {
    const blank: QaEntry = { ...pekin, id: 4, englishTerm: '' };
    const report = driftReport(
      [
        segment(10, 1, 'Beijing agreed.', [1, 4, 99]),
        segment(11, 1, '  ', [1]),
        segment(12, 1, 'Peking agreed.', [4]),
      ],
      new Map([...entries, [4, blank]]),
    );
    expect(report).toEqual([]);
  });

  it('orders entries by French term', () => {
    const report = driftReport(
      [
        segment(10, 1, 'Peking and the Court of Auditors.', [1, 2]),
        segment(20, 2, 'Beijing and the Court of Audit.', [1, 2]),
      ],
      entries,
    );
    expect(report.map((entry) => entry.frenchTerm)).toEqual(['Cour des comptes', 'Pékin']);
  });
});

describe('fixDriftTarget', () => {
  it('replaces each variant to avoid with the preferred term, keeping a plural or possessive ending', () => {
    expect(fixDriftTarget('The Court of Auditors’ report, and Peking.', cour)).toBe(
      'The Court of Audit’s report, and Peking.',
    );
    expect(fixDriftTarget('Peking’s plans and Pekin again, not Pekinese.', pekin)).toBe(
      'Beijing’s plans and Beijing again, not Pekinese.',
    );
  });

  it('replaces a variant in the plural with the preferred term in the plural', () => {
    const entry: QaEntry = {
      id: 8,
      frenchTerm: 'agence',
      englishTerm: 'agency',
      englishAvoid: ['office', 'bureau'],
      decision: 'translate',
    };
    expect(fixDriftTarget('Two offices, the office’s head, the bureaus’ staff.', entry)).toBe(
      'Two agencies, the agency’s head, the agencies’ staff.',
    );
    const reverse: QaEntry = { ...entry, id: 9, englishTerm: 'office', englishAvoid: ['agency'] };
    expect(fixDriftTarget('Two agencies and the agencies’ staff.', reverse)).toBe(
      'Two offices and the offices’ staff.',
    );
  });

  it('leaves a closing single quote after the variant alone', () => {
    expect(fixDriftTarget('They said ‘Court of Auditors’ twice.', cour)).toBe(
      'They said ‘Court of Audit’ twice.',
    );
  });

  it('leaves the preferred term alone where a variant to avoid starts with it', () => {
    const entry: QaEntry = { ...cour, englishTerm: 'Court of Auditors', englishAvoid: ['Court of Audit'] };
    expect(fixDriftTarget('The Court of Auditors and the Court of Audit.', entry)).toBe(
      'The Court of Auditors and the Court of Auditors.',
    );
    expect(fixDriftTarget('The Court of Audit’s report.', entry)).toBe('The Court of Auditors’ report.');
  });

  it('puts back the original of an entry kept in French', () => {
    expect(fixDriftTarget('The Council of State ruled.', conseil)).toBe('The Conseil d’État ruled.');
  });

  it('changes nothing without a variant or without a preferred term', () => {
    expect(fixDriftTarget('Beijing agreed.', pekin)).toBe('Beijing agreed.');
    expect(fixDriftTarget('Peking agreed.', { ...pekin, englishTerm: '' })).toBe('Peking agreed.');
  });
});
