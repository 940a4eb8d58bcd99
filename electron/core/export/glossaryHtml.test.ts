import { describe, expect, it } from 'vitest';
import type { GlossaryEntry, Label } from '../../../shared/domain';
import { glossaryHtml, htmlText } from './glossaryHtml';

const entry: GlossaryEntry = {
  id: 1,
  label: 'place',
  frenchTerm: 'Pékin',
  frenchVariants: [],
  englishTerm: 'Beijing',
  englishAvoid: [],
  decision: 'translate',
  note: '',
  wikidataId: '',
  status: 'approved',
  createdAt: '',
  updatedAt: '',
  sourceArticleId: null,
  author: null,
  mentionCount: 0,
  articleCount: 0,
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

const bodyOf = (html: string) => html.slice(html.indexOf('<body>'));

describe('glossaryHtml', () => {
  it('writes a golden page: heading with the workspace and date, one table per type', () => {
    const html = glossaryHtml(
      [
        entry,
        {
          ...entry,
          id: 2,
          label: 'person',
          frenchTerm: 'Emmanuel Macron',
          englishTerm: 'Emmanuel Macron',
          decision: 'keep',
          note: 'President',
          englishAvoid: ['Manu'],
          frenchVariants: ['Macron'],
        },
      ],
      labels,
      heading,
    );
    expect(bodyOf(html)).toBe(`<body>
<header>
<h1>Enquête — glossary</h1>
<p>English glossary, 2 entries, <time datetime="2026-02-01">1 February 2026</time></p>
</header>
<section>
<h2>Person <small>(1)</small></h2>
<table>
<colgroup><col class="term"><col class="term"><col class="type"><col class="decision"><col class="note"></colgroup>
<thead><tr><th scope="col">English</th><th scope="col">French</th><th scope="col">Type</th><th scope="col">Decision</th><th scope="col">Note</th></tr></thead>
<tbody>
<tr><td>Emmanuel Macron<span class="avoid">Avoid: Manu</span></td><td lang="fr">Emmanuel Macron<span class="avoid">Also: Macron</span></td><td>Person</td><td>Keep the original</td><td class="note">President</td></tr>
</tbody>
</table>
</section>
<section>
<h2>Place <small>(1)</small></h2>
<table>
<colgroup><col class="term"><col class="term"><col class="type"><col class="decision"><col class="note"></colgroup>
<thead><tr><th scope="col">English</th><th scope="col">French</th><th scope="col">Type</th><th scope="col">Decision</th><th scope="col">Note</th></tr></thead>
<tbody>
<tr><td>Beijing</td><td lang="fr">Pékin</td><td>Place</td><td>Translate</td><td class="note"></td></tr>
</tbody>
</table>
</section>
</body>
</html>
`);
    expect(html).toContain('<title>Enquête — glossary</title>');
  });

  it('sorts each type by English term, accents and case aside, an entry without one by its French term', () => {
    const names = ['zèbre', 'Éclair', 'apple', ''].map((englishTerm, index) => ({
      ...entry,
      id: index + 10,
      englishTerm,
      frenchTerm: `fr ${'dcba'[index]}`,
    }));
    const html = glossaryHtml(names, labels, heading);
    const order = [
      ...html.matchAll(/<tr><td>([^<]*)(?:<span class="empty">not set<\/span>)?<\/td><td lang="fr">([^<]*)/g),
    ].map((match) => match[1] || match[2]);
    expect(order).toEqual(['apple', 'Éclair', 'fr a', 'zèbre']);
  });

  it('escapes every text, so no entry can add markup or a script', () => {
    const html = glossaryHtml(
      [
        {
          ...entry,
          englishTerm: '<script>alert(1)</script>',
          frenchTerm: 'A & B "C"',
          note: "it's <b>bold</b>\u0007",
        },
      ],
      [{ ...labels[1]!, nameEn: '<img src=x onerror=alert(1)>' }],
      { ...heading, workspaceName: '</title><script>' },
    );
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('A &amp; B &quot;C&quot;');
    expect(html).toContain('it&#39;s &lt;b&gt;bold&lt;/b&gt;</td>');
    expect(htmlText('a\u0000b\u001fc\u007f')).toBe('abc');
  });

  it('is self-contained and prints on A4 without splitting rows, the table head on every page', () => {
    const html = glossaryHtml([entry], labels, heading);
    expect(html).toContain("default-src 'none'; style-src 'unsafe-inline'");
    expect(html).not.toMatch(/<script|<link|src=|url\(/);
    expect(html).toContain('@page { size: A4; margin: 18mm 15mm 20mm; }');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('tr { break-inside: avoid; page-break-inside: avoid; }');
  });

  it('says an empty glossary has no entries', () => {
    expect(bodyOf(glossaryHtml([], labels, heading))).toContain('0 entries');
    expect(bodyOf(glossaryHtml([], labels, heading))).toContain('<p class="empty">No entries.</p>');
  });
});
