import mammoth from 'mammoth';
import { readString as readWithXmldom } from 'mammoth/lib/xml/reader.js';
import { describe, expect, it } from 'vitest';
import { checkZipArchive } from './checkZipArchive';
import { readDocxXmlDirectly, readPlainXml } from './mammothXmlReader';
import { docxConversion } from './readDocx';
import { buildDocx, type DocxParagraph } from './testing/buildZip';

// Some of the namespaces mammoth maps to prefixes (`office-xml-reader.js`), and some it does not.
const namespaceMap = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'content-types',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'relationships',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
};

const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const word = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${w} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"><w:body>${body}</w:body></w:document>`;

const samples = [
  word(
    '<w:p w14:paraId="1A2B" w:rsidR="00AB"><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Titre</w:t></w:r></w:p>',
  ),
  word(
    '<w:p><w:r><w:t xml:space="preserve"> des espaces  et &amp; &lt;b&gt; &quot;x&quot; &apos;y&apos; &#233;&#xA0;&#x2019;</w:t></w:r></w:p>',
  ),
  word('<w:p>\n  <w:r>\n    <w:t>indenté</w:t>\n  </w:r>\n</w:p>\n'),
  word('<w:p><!-- un commentaire --><w:r><w:t>avant<!-- et -->après</w:t></w:r></w:p>'),
  word(
    '<mc:AlternateContent><mc:Choice Requires="w14"><w:p/></mc:Choice><mc:Fallback><w:p/></mc:Fallback></mc:AlternateContent>',
  ),
  word('<w:p><w:r><w:t w:val=\'simple\' other="x">guillemets simples</w:t></w:r></w:p>'),
  word(
    '<w:p xmlns:w="urn:autre"><w:r>redéclaré</w:r></w:p><w:p xmlns="urn:defaut"><r/></w:p><w:p xmlns=""><r/></w:p>',
  ),
  `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://x/officeDocument" Target="word/document.xml"/></Relationships>`,
  '<racine sans="espace de noms"><enfant>texte</enfant></racine>',
  '  <racine/>  ',
];

// What xmldom's reader and ours are expected to differ on: ours reads none of it.
const leftToXmldom = [
  '<!DOCTYPE racine><racine/>',
  '<racine><![CDATA[texte]]></racine>',
  '<racine>&nbsp;</racine>',
  '<racine>&#0;</racine>',
  '<racine>&#x1F600;</racine>',
  '<p:racine/>',
  '<racine a:b="1"/>',
  '<racine>ligne\r\nsuivante</racine>',
  '<racine a="un\tdeux"/>',
  '<racine a="&#10;"/>',
  '<racine a="1" a="2"/>',
  '<racine><?pi data?></racine>',
  '<racine><enfant></racine>',
  '<racine/><autre/>',
  '<racine>]]></racine>',
  '<racine>a > b</racine>',
  '<racine>a & b</racine>',
  'texte<racine/>',
  '',
  '<?xml version="1.0"?><racine xmlns:xml="urn:x"/>',
];

// Our reading of `xml` against xmldom's, both as plain data (mammoth's elements have methods).
async function bothReadings(xml: string): Promise<[unknown, unknown]> {
  const plain = readPlainXml(xml, namespaceMap);
  const xmldom = await readWithXmldom(xml, namespaceMap);
  return [JSON.parse(JSON.stringify(plain)), JSON.parse(JSON.stringify(xmldom))];
}

const paragraphs: DocxParagraph[] = [
  { style: 'Title', runs: ['Le budget de Rouen'] },
  {
    runs: [
      'Le conseil ',
      { text: 'municipal & « la ville »', bold: true },
      ' a voté ',
      { text: '<jeudi>', italic: true },
    ],
  },
  { style: 'Quote', runs: ['« Nous avons fait des choix », a dit le maire.'] },
];

describe('readPlainXml', () => {
  it('gives the elements xmldom gives, for Word’s XML and more', async () => {
    const embedded = await mammoth.embedStyleMap(
      { buffer: buildDocx(paragraphs) },
      "p[style-name='Quote'] => blockquote",
    );
    const parts = [buildDocx(paragraphs), Buffer.from(embedded.toBuffer())].flatMap((docx) =>
      checkZipArchive('a.docx', docx)
        .filter((entry) => entry.name.endsWith('.xml') || entry.name.endsWith('.rels'))
        .map((entry) => Buffer.from(entry.data).toString('utf8')),
    );
    expect(parts.length).toBeGreaterThan(8);
    for (const xml of [...samples, ...parts]) {
      expect(readPlainXml(xml, namespaceMap), xml).not.toBeNull();
      const [ours, xmldom] = await bothReadings(xml);
      expect(ours, xml).toEqual(xmldom);
    }
  });

  it('leaves mammoth’s HTML and messages as they were once installed', async () => {
    const files = [buildDocx(paragraphs), buildDocx([{ runs: ['Un seul paragraphe.'] }, ...paragraphs])];
    const before = await Promise.all(
      files.map((buffer) => mammoth.convertToHtml({ buffer }, docxConversion)),
    );
    readDocxXmlDirectly();
    readDocxXmlDirectly();
    const after = await Promise.all(files.map((buffer) => mammoth.convertToHtml({ buffer }, docxConversion)));
    expect(after.map(({ value, messages }) => ({ value, messages }))).toEqual(
      before.map(({ value, messages }) => ({ value, messages })),
    );
  });

  it('leaves to xmldom what it does not read the same way for sure', () => {
    for (const xml of leftToXmldom) expect(readPlainXml(xml, namespaceMap), xml).toBeNull();
  });
});
