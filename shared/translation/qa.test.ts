import { describe, expect, it } from 'vitest';
import type { Annotation } from '../domain';
import {
  checkSegment,
  firstMentionIds,
  qaMentionsOfSegment,
  qaMentionsOfSegments,
  type QaEntry,
  type QaIssue,
  type QaMention,
  type QaSegmentInput,
} from './qa';
import { compileQaEntry } from './termMatch';

const pekin: QaEntry = {
  id: 1,
  frenchTerm: 'Pékin',
  englishTerm: 'Beijing',
  englishAvoid: ['Peking'],
  decision: 'translate',
};
const cour: QaEntry = {
  id: 2,
  frenchTerm: 'Cour des comptes',
  englishTerm: 'Court of Audit',
  englishAvoid: ['Court of Auditors'],
  decision: 'translate',
};
const conseil: QaEntry = {
  id: 3,
  frenchTerm: 'Conseil d’État',
  englishTerm: '',
  englishAvoid: [],
  decision: 'keep',
};
const senat: QaEntry = {
  id: 4,
  frenchTerm: 'Sénat',
  englishTerm: 'upper house',
  englishAvoid: [],
  decision: 'gloss',
};

let nextId = 100;

function mention(entry: QaEntry, options: { quote?: string; firstInArticle?: boolean } = {}): QaMention {
  const id = nextId++;
  return {
    annotationId: id,
    start: id,
    end: id + 1,
    quote: options.quote ?? entry.frenchTerm,
    entry,
    firstInArticle: options.firstInArticle ?? false,
  };
}

function input(target: string, overrides: Partial<QaSegmentInput> = {}): QaSegmentInput {
  return {
    source: 'Une phrase source.',
    target,
    status: 'draft',
    mentions: [],
    claims: [],
    ignoredIssues: [],
    ...overrides,
  };
}

function codes(issues: readonly QaIssue[]): string[] {
  return issues.map((issue) => issue.code);
}

function termIssues(target: string, mentions: readonly QaMention[]): QaIssue[] {
  return checkSegment(input(target, { source: 'Une phrase.', mentions })).filter(
    (issue) => issue.code.startsWith('term') || issue.code === 'keepMissing' || issue.code === 'glossMissing',
  );
}

describe('checkSegment: a term to translate', () => {
  it('is satisfied by the preferred term, whatever its case, plural or possessive', () => {
    for (const target of [
      'Beijing agreed.',
      'beijing agreed.',
      'BEIJING agreed.',
      'Beijing’s decision.',
      "Beijing's decision.",
      'Two Beijings.',
      'The Beijings’ plans.',
      '“Beijing”, they said.',
    ])
      expect({ target, issues: termIssues(target, [mention(pekin)]) }).toEqual({ target, issues: [] });
  });

  it('is satisfied by a plural in -ies, not by a longer word', () => {
    const entry: QaEntry = {
      id: 8,
      frenchTerm: 'agence',
      englishTerm: 'agency',
      englishAvoid: [],
      decision: 'translate',
    };
    expect(termIssues('Both agencies agreed.', [mention(entry)])).toEqual([]);
    expect(termIssues('The agencies’ plans.', [mention(entry)])).toEqual([]);
    expect(codes(termIssues('The agenciesx agreed.', [mention(entry)]))).toEqual(['termMissing']);
  });

  it('is missing when only a longer word contains the term', () => {
    const issues = termIssues('A Beijinger agreed.', [mention(pekin)]);
    expect(issues).toEqual([
      {
        code: 'termMissing',
        severity: 'warning',
        key: 'termMissing:1',
        params: { expected: 'Beijing', source: 'Pékin' },
        targetRange: null,
        ignoredReason: null,
      },
    ]);
  });

  it('matches a term across a no-break space and either apostrophe', () => {
    expect(termIssues('The Court\u00a0of Audit said so.', [mention(cour)])).toEqual([]);
    const entry: QaEntry = { ...pekin, id: 9, englishTerm: "People's Daily", englishAvoid: [] };
    expect(termIssues('The People’s Daily wrote.', [mention(entry)])).toEqual([]);
  });

  it('reports a variant to avoid as an error naming it and the expected term, without termMissing beside it', () => {
    const issues = termIssues('Peking agreed.', [mention(pekin)]);
    expect(issues).toEqual([
      {
        code: 'termAvoided',
        severity: 'error',
        key: 'termAvoided:1:peking',
        params: { found: 'Peking', expected: 'Beijing', source: 'Pékin' },
        targetRange: { start: 0, end: 6 },
        ignoredReason: null,
      },
    ]);
  });

  it('reports the variant to avoid even beside the preferred term', () => {
    expect(codes(termIssues('Beijing, formerly Peking.', [mention(pekin)]))).toEqual(['termAvoided']);
  });

  it('tells a preferred term from a longer variant to avoid it is the start of', () => {
    expect(termIssues('The Court of Audit ruled.', [mention(cour)])).toEqual([]);
    const issues = termIssues('The Court of Auditors ruled.', [mention(cour)]);
    expect(issues.map(({ code, params, targetRange }) => ({ code, params, targetRange }))).toEqual([
      {
        code: 'termAvoided',
        params: { found: 'Court of Auditors', expected: 'Court of Audit', source: 'Cour des comptes' },
        targetRange: { start: 4, end: 21 },
      },
    ]);
  });

  it('asks for as many renderings as mentions', () => {
    const mentions = [mention(pekin), mention(pekin)];
    expect(termIssues('Beijing and Beijing again.', mentions)).toEqual([]);
    const issues = termIssues('Beijing and it again.', mentions);
    expect(issues.map(({ code, severity, key, params }) => ({ code, severity, key, params }))).toEqual([
      {
        code: 'termCount',
        severity: 'warning',
        key: 'termCount:1',
        params: { expected: 'Beijing', source: 'Pékin', count: 2, found: 1 },
      },
    ]);
  });

  it('checks nothing for an entry with no English term yet', () => {
    const entry: QaEntry = { ...pekin, englishTerm: '', englishAvoid: [] };
    expect(termIssues('Something else.', [mention(entry)])).toEqual([]);
  });

  it('still reports a variant to avoid for an entry with no English term, expecting the French one', () => {
    const entry: QaEntry = { ...pekin, englishTerm: '' };
    const issues = termIssues('Peking agreed.', [mention(entry)]);
    expect(issues.map(({ code, params }) => ({ code, params }))).toEqual([
      { code: 'termAvoided', params: { found: 'Peking', expected: 'Pékin', source: 'Pékin' } },
    ]);
  });

  it('checks each entry of the segment', () => {
    const issues = termIssues('Peking and the Court of Audit.', [
      mention(pekin),
      mention(cour),
      mention(senat),
    ]);
    expect(codes(issues)).toEqual(['termAvoided', 'keepMissing']);
  });
});

describe('checkSegment: an original to keep', () => {
  it('is satisfied by the French term exactly, accents and any apostrophe or space', () => {
    expect(termIssues('The Conseil d’État ruled.', [mention(conseil)])).toEqual([]);
    expect(termIssues("The Conseil d'État ruled.", [mention(conseil)])).toEqual([]);
    expect(termIssues('The Conseil d’État’s ruling.', [mention(conseil)])).toEqual([]);
  });

  it('is missing without its accents or in translation', () => {
    for (const target of ['The Conseil d’Etat ruled.', 'The Council of State ruled.']) {
      expect(
        termIssues(target, [mention(conseil)]).map(({ code, key, params }) => ({ code, key, params })),
      ).toEqual([
        {
          code: 'keepMissing',
          key: 'keepMissing:3',
          params: { expected: 'Conseil d’État', source: 'Conseil d’État' },
        },
      ]);
    }
  });

  it('accepts the mention’s own words as the original', () => {
    expect(termIssues('The Conseil ruled.', [mention(conseil, { quote: 'Conseil' })])).toEqual([]);
  });

  it('asks for as many originals as mentions', () => {
    const issues = termIssues('The Conseil d’État ruled, then it ruled again.', [
      mention(conseil),
      mention(conseil),
    ]);
    expect(codes(issues)).toEqual(['termCount']);
  });
});

describe('checkSegment: an original with a gloss', () => {
  it('asks for the original and the gloss on the first mention in the article', () => {
    const first = mention(senat, { firstInArticle: true });
    expect(termIssues('The Sénat (upper house) voted.', [first])).toEqual([]);
    expect(
      termIssues('The Sénat voted.', [first]).map(({ code, key, params }) => ({ code, key, params })),
    ).toEqual([
      {
        code: 'glossMissing',
        key: 'glossMissing:4',
        params: { expected: 'upper house', original: 'Sénat', source: 'Sénat' },
      },
    ]);
    expect(codes(termIssues('The upper house voted.', [first]))).toEqual(['keepMissing']);
  });

  it('asks for the original alone on later mentions', () => {
    expect(termIssues('The Sénat voted.', [mention(senat)])).toEqual([]);
    expect(codes(termIssues('The upper house voted.', [mention(senat)]))).toEqual(['keepMissing']);
  });
});

describe('checkSegment: figures', () => {
  it('accepts every figure of the source rendered equal', () => {
    const source = 'Au total, jusqu’à 400 000 GPU, soit 25 % du marché en décembre 2025.';
    const target = 'In all, up to 400,000 GPUs, or 25% of the market in December 2025.';
    expect(checkSegment(input(target, { source }))).toEqual([]);
  });

  it('reports a changed figure as an error on the target figure, and a missing one as a warning', () => {
    const source = 'Jusqu’à 400 000 GPU et un tarif de 25 %.';
    const issues = checkSegment(input('Up to 40,000 GPUs.', { source }));
    expect(issues).toEqual([
      {
        code: 'figureChanged',
        severity: 'error',
        key: expect.stringMatching(/^figureChanged:/) as unknown,
        params: { expected: '400 000', found: '40,000' },
        targetRange: { start: 6, end: 12 },
        ignoredReason: null,
      },
      {
        code: 'figureMissing',
        severity: 'warning',
        key: expect.stringMatching(/^figureMissing:/) as unknown,
        params: { figure: '25 %' },
        targetRange: null,
        ignoredReason: null,
      },
    ]);
  });

  it('keeps a figure issue’s key while the target changes around it', () => {
    const source = 'Un tarif de 25 %.';
    const [first] = checkSegment(input('A tariff.', { source }));
    const [second] = checkSegment(input('A customs tariff.', { source }));
    expect(first?.key).toBe(second?.key);
  });
});

describe('checkSegment: the form of the text', () => {
  it('reports an empty target as untranslated and nothing else', () => {
    const issues = checkSegment(input('  ', { mentions: [mention(pekin)], source: 'Pékin a 25 %.' }));
    expect(issues.map(({ code, severity, key }) => ({ code, severity, key }))).toEqual([
      { code: 'untranslated', severity: 'warning', key: 'untranslated' },
    ]);
  });

  it('reports a target identical to a source with letters, not to a bare number', () => {
    expect(codes(checkSegment(input(' NVIDIA H200. ', { source: 'NVIDIA H200.' })))).toEqual(['identical']);
    expect(codes(checkSegment(input('2026', { source: '2026' })))).toEqual([]);
  });

  it('reports each run of doubled spaces, no-break spaces included, where it is', () => {
    const issues = checkSegment(input('One  two \u00a0three.'));
    expect(issues.map(({ code, key, targetRange }) => ({ code, key, targetRange }))).toEqual([
      { code: 'doubleSpace', key: 'doubleSpace:One|two', targetRange: { start: 3, end: 5 } },
      { code: 'doubleSpace', key: 'doubleSpace:two|three', targetRange: { start: 8, end: 10 } },
    ]);
  });

  it('accepts balanced brackets and quotes, apostrophes included', () => {
    for (const target of [
      'He said “it’s (mostly) fine” and [sic] left.',
      'The ‘Beijing’s rule’ applies.',
      'The companies’ plans.',
      'She said "yes" twice.',
      'Rock ’n’ roll.',
    ])
      expect({ target, issues: checkSegment(input(target)) }).toEqual({ target, issues: [] });
  });

  it('reports each unbalanced quote or bracket where it is', () => {
    const issues = checkSegment(input('He said “it (was] fine.'));
    expect(issues.map(({ code, key, params, targetRange }) => ({ code, key, params, targetRange }))).toEqual([
      { code: 'unbalanced', key: 'unbalanced:“', params: { mark: '“' }, targetRange: { start: 8, end: 9 } },
      {
        code: 'unbalanced',
        key: 'unbalanced:(',
        params: { mark: '(' },
        targetRange: { start: 12, end: 13 },
      },
      {
        code: 'unbalanced',
        key: 'unbalanced:]',
        params: { mark: ']' },
        targetRange: { start: 16, end: 17 },
      },
    ]);
    expect(codes(checkSegment(input('She said "yes.')))).toEqual(['unbalanced']);
    expect(codes(checkSegment(input('He left.)')))).toEqual(['unbalanced']);
  });

  it('reports « and » left in English text', () => {
    const issues = checkSegment(input('He said « yes ».'));
    expect(issues.map(({ code, params, targetRange }) => ({ code, params, targetRange }))).toEqual([
      { code: 'frenchQuotes', params: { mark: '«' }, targetRange: { start: 8, end: 9 } },
      { code: 'frenchQuotes', params: { mark: '»' }, targetRange: { start: 14, end: 15 } },
    ]);
  });
});

describe('checkSegment: claims', () => {
  it('reports a claim whose stored English differs from the target, naming the claim', () => {
    const claims = [{ annotationId: 42, englishText: 'Beijing gave the green light.' }];
    const issues = checkSegment(input('Beijing approved it.', { claims }));
    expect(issues).toEqual([
      {
        code: 'claimDiffers',
        severity: 'warning',
        key: 'claimDiffers:42',
        params: { annotationId: 42, claim: 'Beijing gave the green light.' },
        targetRange: null,
        ignoredReason: null,
      },
    ]);
  });

  it('accepts a claim equal up to white space and apostrophes, or with no English yet', () => {
    const claims = [
      { annotationId: 42, englishText: ' Beijing’s  green\u00a0light. ' },
      { annotationId: 43, englishText: '' },
    ];
    expect(checkSegment(input("Beijing's green light.", { claims }))).toEqual([]);
  });
});

describe('checkSegment: issue keys', () => {
  it('numbers an issue found again in the segment, so that each key is unique', () => {
    const issues = checkSegment(input('Peking, Peking  and  « Peking ».', { mentions: [mention(pekin)] }));
    expect(issues.map((issue) => issue.key)).toEqual([
      'termAvoided:1:peking',
      'termAvoided:1:peking#2',
      'termAvoided:1:peking#3',
      'doubleSpace:Peking|and',
      'doubleSpace:and|',
      'frenchQuotes:«',
      'frenchQuotes:»',
    ]);
  });

  it('keeps the key of a doubled space when another one is fixed', () => {
    const keyOf = (target: string) =>
      checkSegment(input(target)).find(
        (issue) => issue.targetRange?.start === target.indexOf('two  three') + 3,
      )?.key;
    expect(keyOf('One  two  three.')).toBe(keyOf('One two  three.'));
  });
});

describe('checkSegment: ignored issues', () => {
  it('returns an ignored issue with its reason', () => {
    const issues = checkSegment(
      input('Peking agreed.', {
        mentions: [mention(pekin)],
        ignoredIssues: [{ key: 'termAvoided:1:peking', reason: 'A historical quote' }],
      }),
    );
    expect(issues.map(({ code, ignoredReason }) => ({ code, ignoredReason }))).toEqual([
      { code: 'termAvoided', ignoredReason: 'A historical quote' },
    ]);
  });
});

describe('checkSegment: work done once per entry', () => {
  it('compiles an entry’s forms once and reuses them on every keystroke', () => {
    const entry: QaEntry = { ...pekin, id: 20 };
    const compiled = compileQaEntry(entry);
    checkSegment(input('Beijing', { mentions: [mention(entry)] }));
    checkSegment(input('Beijing agreed', { mentions: [mention(entry)] }));
    expect(compileQaEntry(entry)).toBe(compiled);
    expect(compileQaEntry({ ...entry })).not.toBe(compiled);
  });

  it('gives the same issues for a 40-word segment with 5 mentions on every call', () => {
    const source =
      'Selon plusieurs informations concordantes, Pékin a donné son feu vert au géant local DeepSeek pour acquérir 400 000 puces, et la Cour des comptes, le Sénat et le Conseil d’État ont été saisis en décembre 2025 par Pékin.';
    const target =
      'According to several concurring reports, Beijing has given the local giant DeepSeek the green light to buy 400,000 chips, and the Court of Audit, the Sénat (upper house) and the Conseil d’État were seized in December 2025 by Peking.';
    const mentions = [
      mention(pekin),
      mention(cour),
      mention(senat, { firstInArticle: true }),
      mention(conseil),
      mention(pekin),
    ];
    const segment = input(target, { source, mentions });
    const first = checkSegment(segment);
    expect(codes(first)).toEqual(['termAvoided']);
    expect(checkSegment(segment)).toEqual(first);
  });
});

function annotation(fields: Partial<Annotation> & Pick<Annotation, 'id' | 'start' | 'end'>): Annotation {
  return {
    articleId: 1,
    kind: 'entity',
    label: 'place',
    quote: 'Pékin',
    prefix: '',
    suffix: '',
    glossaryEntryId: 1,
    author: null,
    createdAt: '2026-12-02T00:00:00Z',
    ...fields,
  };
}

describe('qaMentionsOfSegment', () => {
  const entries = new Map<number, QaEntry>([
    [1, pekin],
    [2, cour],
  ]);
  const annotations = [
    annotation({ id: 5, start: 120, end: 125 }),
    annotation({ id: 6, start: 10, end: 15 }),
    annotation({ id: 7, start: 30, end: 46, glossaryEntryId: 2, quote: 'Cour des comptes' }),
    annotation({ id: 8, start: 20, end: 25, glossaryEntryId: null }),
    annotation({ id: 9, start: 50, end: 60, kind: 'claim', glossaryEntryId: null }),
    annotation({ id: 10, start: 45, end: 55, glossaryEntryId: 2 }),
    annotation({ id: 11, start: 40, end: 44, glossaryEntryId: 99 }),
  ];

  it('lists the linked entity mentions inside the segment, in text order, marking each entry’s first', () => {
    const mentions = qaMentionsOfSegment({ start: 0, end: 50 }, annotations, entries);
    expect(
      mentions.map(({ annotationId, entry, firstInArticle }) => ({
        annotationId,
        entry: entry.id,
        firstInArticle,
      })),
    ).toEqual([
      { annotationId: 6, entry: 1, firstInArticle: true },
      { annotationId: 7, entry: 2, firstInArticle: true },
    ]);
    const later = qaMentionsOfSegment({ start: 100, end: 130 }, annotations, entries);
    expect(later.map(({ annotationId, firstInArticle }) => ({ annotationId, firstInArticle }))).toEqual([
      { annotationId: 5, firstInArticle: false },
    ]);
  });

  it('gives the same answer with first mentions computed once for the view', () => {
    const firstIds = firstMentionIds(annotations);
    expect([...firstIds].sort((a, b) => a - b)).toEqual([6, 7, 11]);
    expect(qaMentionsOfSegment({ start: 0, end: 200 }, annotations, entries, firstIds)).toEqual(
      qaMentionsOfSegment({ start: 0, end: 200 }, annotations, entries),
    );
  });

  it('gives the same mentions for many segments at once', () => {
    const segments = [
      { start: 0, end: 50 },
      { start: 50, end: 100 },
      { start: 100, end: 130 },
      { start: 40, end: 56 },
      { start: 130, end: 140 },
    ];
    expect(qaMentionsOfSegments(segments, annotations, entries)).toEqual(
      segments.map((segment) => qaMentionsOfSegment(segment, annotations, entries)),
    );
    expect(qaMentionsOfSegments(segments, annotations, entries).map((list) => list.length)).toEqual([
      2, 0, 1, 1, 0,
    ]);
  });

  it('tells first mentions apart per article', () => {
    const other = annotation({ id: 12, articleId: 2, start: 500, end: 505 });
    expect(firstMentionIds([...annotations, other]).has(12)).toBe(true);
  });
});
