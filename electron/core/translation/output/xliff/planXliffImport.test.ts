import { describe, expect, it } from 'vitest';
import { articleOf, paragraph, segmentOf } from '../testing/translationFixtures';
import { planXliffImport } from './planXliffImport';
import { readXliff } from './readXliff';
import { writeXliff } from './writeXliff';

const article = articleOf('Titre', paragraph('Une phrase. Deux phrases. Trois phrases.'));
const segments = [
  segmentOf(article, 1, 'Une phrase.', 'One sentence.', 'translated'),
  segmentOf(article, 2, 'Deux phrases.', ''),
  segmentOf(article, 3, 'Trois phrases.', 'Three sentences.', 'draft'),
];

describe('planXliffImport', () => {
  it('updates the segments whose target or status the file changes and counts the others', () => {
    const xliff = writeXliff({ article, segments, annotations: [], entries: [] })
      .replace('<segment id="s2" state="initial">', '<segment id="s2" state="translated">')
      .replace(
        /(<segment id="s2" state="translated">\n\s*<source>Deux phrases\.<\/source>)/,
        '$1\n<target>Two sentences.</target>',
      )
      .replace('subState="passerelle:draft"', '');
    expect(planXliffImport(readXliff(xliff), segments)).toEqual({
      updates: [
        { segmentId: 2, target: 'Two sentences.', status: 'translated' },
        { segmentId: 3, target: 'Three sentences.', status: 'translated' },
      ],
      unchanged: 1,
      unknownSegments: [],
      changedSources: [],
    });
  });

  it('lists the segments the article no longer has, or whose source changed, without applying them', () => {
    const xliff = writeXliff({ article, segments, annotations: [], entries: [] });
    const now = [
      { ...segments[0]!, source: 'Une phrase. Deux phrases.', end: segments[1]!.end },
      segments[2]!,
    ];
    expect(planXliffImport(readXliff(xliff), now)).toEqual({
      updates: [],
      unchanged: 1,
      unknownSegments: [2],
      changedSources: [1],
    });
  });
});
