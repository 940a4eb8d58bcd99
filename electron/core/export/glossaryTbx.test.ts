import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../../shared/domain';
import { glossaryTbx, readTbxHouseNote, tbxHouseNotePrefixes, xmlText } from './glossaryTbx';
import { relaxNgErrors, schematronErrors, schematronRuleContexts, tbxSample } from './testing/tbxValidators';

const entry: GlossaryEntry = {
  id: 7,
  label: 'place',
  frenchTerm: 'Pékin',
  frenchVariants: ['Pekin'],
  englishTerm: 'Beijing',
  englishAvoid: ['Peking'],
  decision: 'translate',
  note: 'Capital of China.',
  wikidataId: 'Q956',
  status: 'approved',
  createdAt: '2026-01-02T10:00:00.000Z',
  updatedAt: '2026-01-03T11:30:00.000Z',
  sourceArticleId: null,
  author: null,
  mentionCount: 2,
  articleCount: 1,
};

const heading = { workspaceName: 'Enquête', exportedAt: new Date('2026-02-01T09:00:00Z') };

describe('the TBX validators', () => {
  it('accept the shipped TBX-Basic sample', async () => {
    const sample = tbxSample();
    expect(await relaxNgErrors(sample)).toEqual([]);
    expect(schematronErrors(sample)).toEqual([]);
  });

  it('reject a broken TBX: an unknown element, a wrong style and data categories TBX-Basic forbids', async () => {
    const sample = tbxSample();
    expect(await relaxNgErrors(sample.replace('<tbxHeader>', '<tbxHeader><bogus/>'))).not.toEqual([]);
    const broken = sample
      .replace('style="dca"', 'style="dct"')
      .replace('<descrip type="subjectField">General</descrip>', '<descrip type="topic">General</descrip>')
      .replace(
        '<termNote type="partOfSpeech">noun</termNote>',
        '<termNote type="partOfSpeech">properNoun</termNote>',
      );
    expect(schematronErrors(broken)).toEqual([
      "The style of this dialect should be declared as 'dca'.",
      'Permitted type value(s): subjectField, context, definition',
      "/partOfSpeech/ type may be: 'adjective' or 'noun' or 'other' or 'verb' or 'adverb'",
    ]);
  });

  it('apply every rule of TBX-Basic_DCA.sch, attribute contexts on their element', () => {
    const contexts = schematronRuleContexts();
    expect(contexts).toHaveLength(34);
    expect(contexts).toContain('tbx:termNote[@type]');
    expect(contexts).toContain("tbx:termNote[@type='administrativeStatus']");
    expect(contexts.filter((context) => context.includes('/@'))).toEqual([]);
  });
});

describe('glossaryTbx', () => {
  it('writes a golden TBX-Basic entry', () => {
    expect(glossaryTbx([entry], heading)).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader>
    <fileDesc>
      <titleStmt>
        <title>Enquête — glossary</title>
      </titleStmt>
      <sourceDesc>
        <p>Exported from Passerelle on 2026-02-01T09:00:00.000Z.</p>
      </sourceDesc>
    </fileDesc>
  </tbxHeader>
  <text>
    <body>
      <conceptEntry id="entry-7">
        <transacGrp>
          <transac type="transactionType">origination</transac>
          <date>2026-01-02T10:00:00.000Z</date>
        </transacGrp>
        <transacGrp>
          <transac type="transactionType">modification</transac>
          <date>2026-01-03T11:30:00.000Z</date>
        </transacGrp>
        <descrip type="subjectField">place</descrip>
        <descrip type="definition" xml:lang="en">Capital of China.</descrip>
        <xref type="externalCrossReference" target="http://www.wikidata.org/entity/Q956">Q956</xref>
        <note>Passerelle decision: translate</note>
        <note>Passerelle status: approved</note>
        <langSec xml:lang="fr">
          <termSec>
            <term>Pékin</term>
            <termNote type="partOfSpeech">noun</termNote>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          </termSec>
          <termSec>
            <term>Pekin</term>
            <termNote type="partOfSpeech">noun</termNote>
            <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
          </termSec>
        </langSec>
        <langSec xml:lang="en">
          <termSec>
            <term>Beijing</term>
            <termNote type="partOfSpeech">noun</termNote>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          </termSec>
          <termSec>
            <term>Peking</term>
            <termNote type="partOfSpeech">noun</termNote>
            <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
          </termSec>
        </langSec>
      </conceptEntry>
    </body>
  </text>
</tbx>
`);
  });

  it('validates against the TBX core RELAX NG and the TBX-Basic DCA rules', async () => {
    const tbx = glossaryTbx(
      [
        entry,
        {
          ...entry,
          id: 8,
          label: 'person',
          frenchTerm: 'Emmanuel Macron',
          frenchVariants: [],
          englishTerm: 'Emmanuel Macron',
          englishAvoid: [],
          decision: 'keep',
          note: '',
          wikidataId: '',
          status: 'draft',
        },
        // No English term yet: only the French langSec, since a langSec needs a term.
        {
          ...entry,
          id: 9,
          englishTerm: '',
          englishAvoid: [],
          decision: 'gloss',
          createdAt: '',
          updatedAt: '',
        },
      ],
      heading,
    );
    expect(await relaxNgErrors(tbx)).toEqual([]);
    expect(schematronErrors(tbx)).toEqual([]);
  });

  it('writes an empty glossary as a valid TBX with an empty text', async () => {
    const tbx = glossaryTbx([], heading);
    expect(tbx).toContain('  <text/>\n');
    expect(await relaxNgErrors(tbx)).toEqual([]);
    expect(schematronErrors(tbx)).toEqual([]);
  });

  it('escapes XML markup and drops the control characters XML cannot hold, staying valid', async () => {
    const hostile: GlossaryEntry = {
      ...entry,
      label: 'legal-case',
      frenchTerm: 'AT&T <France> "SA"',
      frenchVariants: ['a]]>b'],
      englishTerm: 'x\u0001y\u000Bz\uFFFE',
      englishAvoid: ['lone \uD800 surrogate', 'emoji 🐼 kept'],
      note: 'line one\r\nline two </descrip><script>',
    };
    const tbx = glossaryTbx([hostile], { ...heading, workspaceName: 'R&D <2026>' });
    expect(tbx).toContain('<term>AT&amp;T &lt;France&gt; &quot;SA&quot;</term>');
    expect(tbx).toContain('<term>a]]&gt;b</term>');
    expect(tbx).toContain('<term>xyz</term>');
    expect(tbx).toContain('<term>lone  surrogate</term>');
    expect(tbx).toContain('<term>emoji 🐼 kept</term>');
    expect(tbx).toContain('line one&#13;\nline two &lt;/descrip&gt;&lt;script&gt;');
    expect(tbx).toContain('<title>R&amp;D &lt;2026&gt; — glossary</title>');
    expect(await relaxNgErrors(tbx)).toEqual([]);
    expect(schematronErrors(tbx)).toEqual([]);
  });

  it('keeps the house decision and status in notes an import reads back', () => {
    const tbx = glossaryTbx([{ ...entry, decision: 'gloss' }], heading);
    const notes = [...tbx.matchAll(/<note>([^<]*)<\/note>/g)].map((match) => readTbxHouseNote(match[1]!));
    expect(notes).toEqual([
      { field: 'decision', value: 'gloss' },
      { field: 'status', value: 'approved' },
    ]);
    expect(readTbxHouseNote('G-Source: a dictionary')).toBeUndefined();
    expect(tbxHouseNotePrefixes.decision).toBe('Passerelle decision: ');
  });

  it('escapes text and attribute values alike', () => {
    expect(xmlText(`<a href="x">&\r</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#13;&lt;/a&gt;');
  });
});
