import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../../../shared/domain';
import { PasserelleError } from '../../../../../shared/errors';
import { xliffSchemaErrors } from '../testing/xliffValidator';
import {
  articleOf,
  entryOf,
  hardBreak,
  heading,
  mentionOf,
  paragraph,
  segmentOf,
  spanOf,
} from '../testing/translationFixtures';
import { readXliff } from './readXliff';
import { writeXliff, xliffText } from './writeXliff';

const nbsp = '\u00A0';
const narrowNbsp = '\u202F';

const article = articleOf(
  'Pékin accueille le sommet',
  heading(1, 'Pékin accueille le sommet'),
  paragraph(
    `M. Macron est arrivé à Pékin${narrowNbsp}! Il a rencontré le président chinois${nbsp}: « Bienvenue 🎉 ».`,
  ),
  paragraph('Un paragraphe que personne n’a segmenté.'),
  paragraph('Les prix & <taux> montent.', hardBreak(), 'Fin.'),
);

const second = `Il a rencontré le président chinois${nbsp}: « Bienvenue 🎉 ».`;
const segments: Segment[] = [
  segmentOf(article, 1, 'Pékin accueille le sommet', 'Beijing hosts the summit', 'reviewed'),
  segmentOf(
    article,
    2,
    `M. Macron est arrivé à Pékin${narrowNbsp}!`,
    'Mr Macron arrived in Beijing!',
    'translated',
  ),
  segmentOf(article, 3, second, ''),
  segmentOf(article, 4, 'Les prix & <taux> montent.', 'Prices & <rates> rise.\u0007', 'draft'),
  segmentOf(article, 5, 'Fin.', 'End.', 'translated'),
];

const paragraphStart = spanOf(article, 'M. Macron').start;
const entries = [
  entryOf(5, 'Emmanuel Macron', 'Emmanuel Macron', 'Q3052772'),
  entryOf(7, 'Pékin', 'Beijing', 'Q956', 'Capital of China.'),
  entryOf(9, 'président chinois', 'Chinese president'),
];
const annotations = [
  mentionOf(article, 41, 'Pékin', 7),
  mentionOf(article, 42, 'Macron', 5),
  mentionOf(article, 43, 'Pékin', 7, paragraphStart),
  mentionOf(article, 44, 'président chinois', 9),
  // Inside the one before: nested markers.
  mentionOf(article, 45, 'chinois', null),
  // Crossing "est arrivé": cannot be a marker, left out.
  mentionOf(article, 46, 'est arrivé', null),
  mentionOf(article, 47, 'arrivé à Pékin', null),
  // Across two segments: left out.
  mentionOf(article, 48, `Pékin${narrowNbsp}! Il`, null),
  // Claims are not terms.
  { ...mentionOf(article, 49, 'Les prix', null), kind: 'claim' as const },
];

const written = writeXliff({ article, segments, annotations, entries });

describe('writeXliff', () => {
  it('writes one file for the article, its id in metadata and its title in a note', () => {
    expect(written).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2\.0" xmlns:gls="urn:oasis:names:tc:xliff:glossary:2\.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2\.0" xmlns:its="http:\/\/www\.w3\.org\/2005\/11\/its" its:version="2\.0" version="2\.1" srcLang="fr" trgLang="en">\n {2}<file id="a12" original="passerelle:article\/12" xml:space="preserve">/,
    );
    expect(written).toContain(
      '<mda:metaGroup category="passerelle:article">\n        <mda:meta type="articleId">12</mda:meta>',
    );
    expect(written).toContain(
      '<mda:meta type="sourceUrl">https://example.org/article?id=1&amp;lang=fr</mda:meta>',
    );
    expect(written).toContain('<note category="title">Pékin accueille le sommet</note>');
  });

  it('writes a unit per segmented block with the glossary of its mentions, term markers with their Wikidata IRI, and ignorable white space', () => {
    expect(written).toContain(`    <unit id="b2">
      <gls:glossary>
        <gls:glossEntry id="g5" ref="#m42">
          <gls:term>Emmanuel Macron</gls:term>
          <gls:translation>Emmanuel Macron</gls:translation>
        </gls:glossEntry>
        <gls:glossEntry id="g7" ref="#m43">
          <gls:term>Pékin</gls:term>
          <gls:translation>Beijing</gls:translation>
          <gls:definition>Capital of China.</gls:definition>
        </gls:glossEntry>
        <gls:glossEntry id="g9" ref="#m44">
          <gls:term>président chinois</gls:term>
          <gls:translation>Chinese president</gls:translation>
        </gls:glossEntry>
      </gls:glossary>
      <segment id="s2" state="translated">
        <source>M. <mrk id="m42" type="term" ref="#gls=g5" its:taIdentRef="http://www.wikidata.org/entity/Q3052772">Macron</mrk> <mrk id="m46" type="term">est arrivé</mrk> à <mrk id="m43" type="term" ref="#gls=g7" its:taIdentRef="http://www.wikidata.org/entity/Q956">Pékin</mrk>${narrowNbsp}!</source>
        <target>Mr Macron arrived in Beijing!</target>
      </segment>
      <ignorable>
        <source> </source>
      </ignorable>
      <segment id="s3" state="initial">
        <source>Il a rencontré le <mrk id="m44" type="term" ref="#gls=g9">président <mrk id="m45" type="term">chinois</mrk></mrk>${nbsp}: « Bienvenue 🎉 ».</source>
      </segment>
    </unit>`);
    expect(written).not.toContain('id="b3"');
    expect(written).not.toContain('m47');
    expect(written).not.toContain('m48');
    expect(written).not.toContain('m49');
  });

  it('escapes markup, writes a draft as translated with Passerelle’s sub-state and a character XML cannot hold as <cp>', () => {
    expect(written).toContain(`      <segment id="s4" state="translated" subState="passerelle:draft">
        <source>Les prix &amp; &lt;taux&gt; montent.</source>
        <target>Prices &amp; &lt;rates&gt; rise.<cp hex="0007"/></target>
      </segment>
      <ignorable>
        <source>
</source>
      </ignorable>
      <segment id="s5" state="translated">`);
    expect(xliffText('a\rb\uFFFE')).toBe('a&#13;b<cp hex="FFFE"/>');
  });

  it('is valid against the OASIS XLIFF 2.1 core schema and the glossary, metadata and ITS module schemas', async () => {
    expect(await xliffSchemaErrors(written)).toEqual([]);
  });

  it('writes a valid file for an article with no segment yet', async () => {
    const empty = writeXliff({ article, segments: [], annotations: [], entries: [] });
    expect(await xliffSchemaErrors(empty)).toEqual([]);
    expect(readXliff(empty)).toEqual({ articleId: 12, segments: [] });
  });
});

describe('writeXliff with characters XML cannot hold', () => {
  it('writes them as <cp> in segments and leaves them out of notes, metadata and glossary terms, staying valid', async () => {
    const odd = articleOf('Titre\u0001', paragraph('Un\u0002 mot.'));
    const xliff = writeXliff({
      article: odd,
      segments: [segmentOf(odd, 1, 'Un\u0002 mot.', 'One\u0002 word.')],
      annotations: [mentionOf(odd, 1, 'Un\u0002', 3)],
      entries: [entryOf(3, 'Un\u0002', 'One\u0003', '', 'Note\u0004')],
    });
    expect(xliff).toContain('<note category="title">Titre</note>');
    expect(xliff).toContain('<gls:term>Un</gls:term>');
    expect(xliff).toContain(
      '<source><mrk id="m1" type="term" ref="#gls=g3">Un<cp hex="0002"/></mrk> mot.</source>',
    );
    expect(await xliffSchemaErrors(xliff)).toEqual([]);
    expect(readXliff(xliff).segments).toEqual([
      { segmentId: 1, source: 'Un\u0002 mot.', target: 'One\u0002 word.', status: 'translated' },
    ]);
  });
});

describe('the XLIFF schema check', () => {
  it('rejects a state XLIFF does not define, an element the core does not have, a glossary entry with no term, a metadata entry with no type and an ITS value out of range', async () => {
    expect(await xliffSchemaErrors(written.replace('state="initial"', 'state="done"'))).not.toEqual([]);
    expect(await xliffSchemaErrors(written.replace('<notes>', '<notes><bogus/>'))).not.toEqual([]);
    expect(
      await xliffSchemaErrors(
        written.replace('<gls:term>Emmanuel Macron</gls:term>', '<gls:bogus>Emmanuel Macron</gls:bogus>'),
      ),
    ).not.toEqual([]);
    expect(await xliffSchemaErrors(written.replace('<mda:meta type="title">', '<mda:meta>'))).not.toEqual([]);
    expect(
      await xliffSchemaErrors(written.replace('its:taIdentRef=', 'its:taConfidence="2" its:taIdentRef=')),
    ).not.toEqual([]);
  });
});

describe('readXliff', () => {
  it('gives back every segment’s source, target and status from what writeXliff wrote', () => {
    const read = readXliff(written);
    expect(read.articleId).toBe(12);
    expect(read.segments).toEqual(
      segments.map((segment) => ({
        segmentId: segment.id,
        source: article.text.slice(segment.start, segment.end),
        target: segment.target,
        status: segment.status,
      })),
    );
    expect(read.segments[1]!.source).toBe(`M. Macron est arrivé à Pékin${narrowNbsp}!`);
    expect(read.segments[2]!.source).toBe(second);
  });

  it('reads targets and states another tool changed, CDATA and inline codes included, and skips modules it does not know', () => {
    const edited = written
      .replace('<segment id="s3" state="initial">', '<segment id="s3" state="final">')
      .replace(
        /(<segment id="s3" state="final">\n\s*<source>.*<\/source>)/,
        '$1\n        <target>He met <pc id="1">the <![CDATA[Chinese]]></pc> president<ph id="2"/>: “Welcome 🎉.”</target>',
      )
      .replace(
        '<unit id="b2">',
        '<unit id="b2">\n      <x:extra xmlns:x="urn:example:other"><x:source>ignored</x:source></x:extra>',
      );
    const read = readXliff(edited);
    expect(read.segments[2]).toEqual({
      segmentId: 3,
      source: second,
      target: 'He met the Chinese president: “Welcome 🎉.”',
      status: 'reviewed',
    });
  });

  it('reads the article id from the file id when the metadata is gone', () => {
    expect(readXliff(written.replace(/ {4}<mda:metadata>[\s\S]*<\/mda:metadata>\n/, '')).articleId).toBe(12);
  });

  const failure = (content: string): PasserelleError => {
    try {
      readXliff(content);
    } catch (error) {
      if (error instanceof PasserelleError) return error;
      throw error;
    }
    throw new Error('readXliff accepted the file');
  };

  it('names the line of malformed XML', () => {
    const broken = written.replace('</target>', '</targe>');
    const error = failure(broken);
    const line = broken.split('\n').findIndex((text) => text.includes('</targe>')) + 1;
    expect(error.code).toBe('parse_failed');
    expect(error.message).toContain(`line ${line}`);
    expect(error.message).toContain('not well-formed XML');
  });

  it('refuses another XLIFF version, a segment without a Passerelle id, a repeated id, an unknown state and another target language', () => {
    expect(failure(written.replace('version="2.1"', 'version="1.2"')).message).toMatch(
      /line 2\).*XLIFF version 1\.2 is not supported/,
    );
    const line = written.split('\n').findIndex((text) => text.includes('<segment id="s3"')) + 1;
    const missing = failure(written.replace('<segment id="s3" ', '<segment '));
    expect(missing.message).toContain(`line ${line}`);
    expect(missing.message).toContain('a <segment> has no id');
    expect(failure(written.replace('<segment id="s3" ', '<segment id="x3" ')).message).toContain(
      'x3 is not a Passerelle segment id',
    );
    expect(failure(written.replace('<segment id="s3" ', '<segment id="s2" ')).message).toContain(
      's2 appears twice',
    );
    expect(failure(written.replace('state="initial"', 'state="done"')).message).toContain(
      'state done is not an XLIFF 2 state',
    );
    expect(failure(written.replace('trgLang="en"', 'trgLang="de"')).message).toContain('not English');
    expect(failure('<html/>').message).toContain('not an XLIFF 2 <xliff>');
    expect(failure('').message).toContain('not well-formed XML');
    expect(
      failure(
        written
          .replace('<file id="a12"', '<file id="f1"')
          .replace(/ {4}<mda:metadata>[\s\S]*<\/mda:metadata>\n/, ''),
      ).message,
    ).toContain('names no Passerelle article');
  });
});

describe('a 3,000-segment article', () => {
  it('writes a valid file and reads every target and status back', async () => {
    const sentences = Array.from({ length: 1000 }, (_, index) => [
      `Phrase ${index}a à Pékin.`,
      `Phrase ${index}b${nbsp}!`,
      `Phrase ${index}c 🎉.`,
    ]);
    const big = articleOf('Long', ...sentences.map((three) => paragraph(three.join(' '))));
    const statuses = ['new', 'draft', 'translated', 'reviewed'] as const;
    let from = 0;
    const rows = sentences.flat().map((sentence, index) => {
      const segment = segmentOf(
        big,
        index + 1,
        sentence,
        index % 4 === 0 ? '' : `Sentence ${index}.`,
        statuses[index % 4],
        from,
      );
      from = segment.end;
      return segment;
    });
    const mentions = rows
      .filter((_, index) => index % 3 === 0)
      .map((segment, index) => mentionOf(big, index + 1, 'Pékin', 7, segment.start));
    const xliff = writeXliff({
      article: big,
      segments: rows,
      annotations: mentions,
      entries: [entryOf(7, 'Pékin', 'Beijing', 'Q956')],
    });
    const read = readXliff(xliff);
    expect(read.segments).toHaveLength(3000);
    expect(read.segments).toEqual(
      rows.map((segment) => ({
        segmentId: segment.id,
        source: segment.source,
        target: segment.target,
        status: segment.status,
      })),
    );
    expect(await xliffSchemaErrors(xliff)).toEqual([]);
  });
});
