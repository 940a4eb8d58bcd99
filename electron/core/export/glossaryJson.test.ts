import { describe, expect, it } from 'vitest';
import type { GlossaryEntry, Label } from '../../../shared/domain';
import { glossaryJson } from './glossaryJson';

const entry: GlossaryEntry = {
  id: 4,
  label: 'place',
  frenchTerm: 'Pékin',
  frenchVariants: ['Pekin'],
  englishTerm: 'Beijing',
  englishAvoid: ['Peking'],
  decision: 'keep',
  note: 'a "quoted"\nnote',
  wikidataId: 'Q956',
  status: 'draft',
  createdAt: '2026-01-02T10:00:00.000Z',
  updatedAt: '2026-01-03T10:00:00.000Z',
  sourceArticleId: 12,
  author: null,
  mentionCount: 3,
  articleCount: 2,
};

const labels: Label[] = [
  {
    id: 1,
    key: 'person',
    nameEn: 'Person',
    nameFr: 'Personne',
    colour: '#f4a261',
    shortcut: '1',
    position: 0,
  },
  { id: 3, key: 'place', nameEn: 'Place', nameFr: 'Lieu', colour: '#8ab17d', shortcut: '3', position: 2 },
];

const heading = { workspaceName: 'Enquête', exportedAt: new Date('2026-02-01T09:00:00Z') };

describe('glossaryJson', () => {
  it('writes a golden document: format, version, workspace, date, the labels used and every field', () => {
    expect(glossaryJson([entry], labels, heading)).toBe(`{
  "format": "passerelle-glossary",
  "version": 1,
  "workspace": "Enquête",
  "exportedAt": "2026-02-01T09:00:00.000Z",
  "labels": [
    {
      "key": "place",
      "nameEn": "Place",
      "nameFr": "Lieu",
      "colour": "#8ab17d"
    }
  ],
  "entries": [
    {
      "id": 4,
      "label": "place",
      "frenchTerm": "Pékin",
      "frenchVariants": [
        "Pekin"
      ],
      "englishTerm": "Beijing",
      "englishAvoid": [
        "Peking"
      ],
      "decision": "keep",
      "note": "a \\"quoted\\"\\nnote",
      "wikidataId": "Q956",
      "status": "draft",
      "createdAt": "2026-01-02T10:00:00.000Z",
      "updatedAt": "2026-01-03T10:00:00.000Z",
      "sourceArticleId": 12,
      "author": null,
      "mentionCount": 3,
      "articleCount": 2
    }
  ]
}
`);
  });

  it('parses back to the same entries, whatever their characters', () => {
    const odd = { ...entry, frenchTerm: 'emoji 🐼 \u2028 \t tab', note: '</script>' };
    const parsed = JSON.parse(glossaryJson([odd, entry], labels, heading)) as { entries: GlossaryEntry[] };
    expect(parsed.entries).toEqual([odd, entry]);
  });

  it('writes an empty glossary with no labels and no entries', () => {
    const parsed = JSON.parse(glossaryJson([], labels, heading)) as { labels: unknown[]; entries: unknown[] };
    expect(parsed).toMatchObject({ labels: [], entries: [] });
  });
});
