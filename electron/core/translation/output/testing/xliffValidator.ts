import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { xliffNamespaces } from '../xliff/xliffNamespaces';

/// The folder of the OASIS XLIFF 2.1 schemas the tests validate against (see its README).
export const xliffSchemaFolder = join(__dirname, '..', 'xliff', 'schemas');

const xmlSchemaPath = 'informativeCopiesOf3rdPartySchemas/w3c/xml.xsd';

// libxml2 in WebAssembly has no folders: each schema is handed over by a flat name, and the
// schemaLocation of the imports that name the W3C xml.xsd by its path are pointed at that name.
const readSchema = (path: string): string =>
  readFileSync(join(xliffSchemaFolder, path), 'utf8')
    .replace(/^\ufeff/, '')
    .replaceAll(`schemaLocation="${xmlSchemaPath}"`, 'schemaLocation="xml.xsd"');

// One driver schema importing the core and every module a Passerelle file uses, so that the
// core's lax wildcards (`<xs:any namespace="##other" processContents="lax">`) validate the
// glossary, metadata and ITS parts against their own schemas instead of skipping them.
const driver = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="${xliffNamespaces.core}" schemaLocation="xliff_core_2.0.xsd"/>
  <xs:import namespace="${xliffNamespaces.glossary}" schemaLocation="glossary.xsd"/>
  <xs:import namespace="${xliffNamespaces.metadata}" schemaLocation="metadata.xsd"/>
  <xs:import namespace="${xliffNamespaces.its}" schemaLocation="its.xsd"/>
</xs:schema>
`;

/// The errors libxml2 (xmllint, built to WebAssembly) reports when it validates `xliff` against
/// the XLIFF 2.1 core schema and the glossary, metadata and ITS module schemas; empty when valid.
export async function xliffSchemaErrors(xliff: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'export.xlf', contents: xliff }],
    schema: [{ fileName: 'passerelle-xliff.xsd', contents: driver }],
    preload: [
      { fileName: 'xliff_core_2.0.xsd', contents: readSchema('xliff_core_2.0.xsd') },
      { fileName: 'glossary.xsd', contents: readSchema('glossary.xsd') },
      { fileName: 'metadata.xsd', contents: readSchema('metadata.xsd') },
      { fileName: 'its.xsd', contents: readSchema('its.xsd') },
      { fileName: 'xml.xsd', contents: readSchema(xmlSchemaPath) },
    ],
    maxMemoryPages: 1024,
  });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}
