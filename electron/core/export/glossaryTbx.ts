import type { GlossaryEntry } from '../../../shared/domain';
import type { GlossaryExportHeading } from './glossaryJson';

/// The fields TBX-Basic has no data category for, kept as a `note` on the concept entry that
/// starts with these words, so that an import gives the entry back its house decision and status.
export const tbxHouseNotePrefixes = {
  decision: 'Passerelle decision: ',
  status: 'Passerelle status: ',
} as const;

/// A house note of the concept entry read back: which field it keeps and its value, or undefined
/// for any other note.
export function readTbxHouseNote(
  note: string,
): { readonly field: keyof typeof tbxHouseNotePrefixes; readonly value: string } | undefined {
  for (const field of ['decision', 'status'] as const) {
    const prefix = tbxHouseNotePrefixes[field];
    if (note.startsWith(prefix)) return { field, value: note.slice(prefix.length).trim() };
  }
  return undefined;
}

/// The IRI TBX's `externalCrossReference` points at for a Wikidata item id.
export function wikidataIri(wikidataId: string): string {
  return `http://www.wikidata.org/entity/${wikidataId}`;
}

// Characters XML 1.0 cannot hold at all, even as references: C0 controls other than tab, line
// feed and carriage return, U+FFFE and U+FFFF, and surrogates that are not part of a pair.
const notXmlCharacters =
  /[^\t\n\r\u0020-\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const xmlReferences: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\r': '&#13;',
};

/// `value` as XML character data or an attribute value in double quotes: markup characters and
/// carriage returns (which a parser would turn into line feeds) as references, characters XML
/// cannot hold dropped.
export function xmlText(value: string): string {
  return value.replace(notXmlCharacters, '').replace(/[&<>"\r]/g, (character) => xmlReferences[character]!);
}

// An ISO 8601 timestamp as the store writes it, which is also an xsd:dateTime.
const xsdDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

type AdministrativeStatus = 'preferredTerm-admn-sts' | 'admittedTerm-admn-sts' | 'deprecatedTerm-admn-sts';

// Every glossary entry names an entity; TBX-Basic's DCA rules allow no `properNoun`, so `noun`.
function termSec(term: string, status: AdministrativeStatus, indent: string): string {
  return [
    `${indent}<termSec>`,
    `${indent}  <term>${xmlText(term)}</term>`,
    `${indent}  <termNote type="partOfSpeech">noun</termNote>`,
    `${indent}  <termNote type="administrativeStatus">${status}</termNote>`,
    `${indent}</termSec>`,
  ].join('\n');
}

function langSec(
  language: 'fr' | 'en',
  terms: readonly (readonly [string, AdministrativeStatus])[],
): string | undefined {
  if (terms.length === 0) return undefined;
  return [
    `        <langSec xml:lang="${language}">`,
    ...terms.map(([term, status]) => termSec(term, status, '          ')),
    '        </langSec>',
  ].join('\n');
}

function transacGrp(type: 'origination' | 'modification', date: string): string | undefined {
  if (!xsdDateTime.test(date)) return undefined;
  return [
    '        <transacGrp>',
    `          <transac type="transactionType">${type}</transac>`,
    `          <date>${date}</date>`,
    '        </transacGrp>',
  ].join('\n');
}

function conceptEntry(entry: GlossaryEntry): string {
  const english = [
    ...(entry.englishTerm === '' ? [] : [[entry.englishTerm, 'preferredTerm-admn-sts'] as const]),
    ...entry.englishAvoid.map((term) => [term, 'deprecatedTerm-admn-sts'] as const),
  ];
  const parts = [
    `      <conceptEntry id="entry-${entry.id}">`,
    transacGrp('origination', entry.createdAt),
    transacGrp('modification', entry.updatedAt),
    `        <descrip type="subjectField">${xmlText(entry.label)}</descrip>`,
    entry.note.trim() === ''
      ? undefined
      : `        <descrip type="definition" xml:lang="en">${xmlText(entry.note)}</descrip>`,
    entry.wikidataId === ''
      ? undefined
      : `        <xref type="externalCrossReference" target="${wikidataIri(entry.wikidataId)}">${entry.wikidataId}</xref>`,
    `        <note>${tbxHouseNotePrefixes.decision}${entry.decision}</note>`,
    `        <note>${tbxHouseNotePrefixes.status}${entry.status}</note>`,
    langSec('fr', [
      [entry.frenchTerm, 'preferredTerm-admn-sts'],
      ...entry.frenchVariants.map((term) => [term, 'admittedTerm-admn-sts'] as const),
    ]),
    // A langSec needs a term: an entry with no English term yet and nothing to avoid has none.
    langSec('en', english),
    '      </conceptEntry>',
  ];
  return parts.filter((part) => part !== undefined).join('\n');
}

/// Serialises entries as TBX-Basic (ISO 30042, DCA style), valid against TBXcoreStructV03.rng and
/// the rules of TBX-Basic_DCA.sch: one `conceptEntry` per entry with its label as
/// `subjectField`, its note as `definition`, its Wikidata IRI as `externalCrossReference`, a
/// French `langSec` (preferred term, then variants as admitted terms) and an English one
/// (preferred term, then the terms to avoid as deprecated), and its decision and status as notes.
export function glossaryTbx(entries: readonly GlossaryEntry[], heading: GlossaryExportHeading): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
    '  <tbxHeader>',
    '    <fileDesc>',
    '      <titleStmt>',
    `        <title>${xmlText(`${heading.workspaceName} — glossary`)}</title>`,
    '      </titleStmt>',
    '      <sourceDesc>',
    `        <p>Exported from Passerelle on ${heading.exportedAt.toISOString()}.</p>`,
    '      </sourceDesc>',
    '    </fileDesc>',
    '  </tbxHeader>',
    // A body needs a concept entry: an empty glossary is an empty text.
    ...(entries.length === 0
      ? ['  <text/>']
      : ['  <text>', '    <body>', ...entries.map(conceptEntry), '    </body>', '  </text>']),
    '</tbx>',
    '',
  ].join('\n');
}
