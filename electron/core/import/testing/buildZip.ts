import { crc32, deflateRawSync } from 'node:zlib';

/// One file to put in a test zip; `uncompressedSize` lets a test lie in the directory.
export interface ZipFixtureEntry {
  readonly name: string;
  readonly data: Uint8Array | string;
  readonly store?: boolean;
  readonly uncompressedSize?: number;
}

/// Builds a zip archive in memory for tests (deflated unless `store`), so Word documents, zip
/// bombs and corrupt archives are generated rather than checked in.
export function buildZip(entries: readonly ZipFixtureEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data);
    const body = entry.store === true ? data : deflateRawSync(data);
    const name = Buffer.from(entry.name, 'utf8');
    const size = entry.uncompressedSize ?? data.length;
    const method = entry.store === true ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;
const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const documentRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
const styleNames = ['Title', 'Heading 1', 'Heading 2', 'Quote', 'List Paragraph'];
const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${styleNames
  .map(
    (name) =>
      `<w:style w:type="paragraph" w:styleId="${name.replace(/ /g, '')}"><w:name w:val="${name}"/></w:style>`,
  )
  .join('')}</w:styles>`;

/// A paragraph of a test Word document: its style id (`Heading1`, `Quote`…) and runs, each
/// plain or emphasised.
export interface DocxParagraph {
  readonly style?: string;
  readonly runs: readonly (
    string | { readonly text: string; readonly italic?: boolean; readonly bold?: boolean }
  )[];
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/// The `word/document.xml` of a minimal Word document holding `paragraphs`.
export function documentXml(paragraphs: readonly DocxParagraph[]): string {
  const body = paragraphs
    .map((paragraph) => {
      const style =
        paragraph.style === undefined ? '' : `<w:pPr><w:pStyle w:val="${paragraph.style}"/></w:pPr>`;
      const runs = paragraph.runs
        .map((run) => {
          const { text, italic, bold } =
            typeof run === 'string' ? { text: run, italic: false, bold: false } : run;
          const props =
            italic === true || bold === true
              ? `<w:rPr>${bold === true ? '<w:b/>' : ''}${italic === true ? '<w:i/>' : ''}</w:rPr>`
              : '';
          return `<w:r>${props}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
        })
        .join('');
      return `<w:p>${style}${runs}</w:p>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
}

/// A minimal valid .docx holding `paragraphs` (or a given `document.xml`), plus `extra` entries.
export function buildDocx(
  paragraphs: readonly DocxParagraph[] | string,
  extra: readonly ZipFixtureEntry[] = [],
): Buffer {
  return buildZip([
    { name: '[Content_Types].xml', data: contentTypes },
    { name: '_rels/.rels', data: rootRels },
    { name: 'word/_rels/document.xml.rels', data: documentRels },
    { name: 'word/styles.xml', data: styles },
    {
      name: 'word/document.xml',
      data: typeof paragraphs === 'string' ? paragraphs : documentXml(paragraphs),
    },
    ...extra,
  ]);
}
