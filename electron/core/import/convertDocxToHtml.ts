import { read as readDocument } from 'mammoth/lib/docx/docx-reader.js';
import { readStyleMap as readEmbeddedStyleMap } from 'mammoth/lib/docx/style-map.js';
import { DocumentConverter } from 'mammoth/lib/document-to-html.js';
import { readOptions } from 'mammoth/lib/options-reader.js';
import { Result, type MammothResult } from 'mammoth/lib/results.js';
import { readStyle } from 'mammoth/lib/style-reader.js';
import { openZip } from 'mammoth/lib/unzip.js';
import type { MammothZipFile } from './docxZipFile';
import { readDocxXmlDirectly } from './mammothXmlReader';

// Parsed style maps by their lines: mammoth's own ~50 defaults, ours and a document's embedded
// one (usually none). mammoth parses all of them again for every file, a third of its work on a
// news article; the parsed rules are plain matchers, the same for every file.
const parsedStyleMaps = new Map<string, MammothResult<unknown[]>>();

function parsedStyleMap(lines: readonly string[]): MammothResult<unknown[]> {
  const key = lines.join('\n');
  let parsed = parsedStyleMaps.get(key);
  if (parsed === undefined) {
    parsed = Result.combine(lines.map(readStyle)).map((rules) => rules.filter((rule) => !!rule));
    // A document's embedded map is its author's: the cache keeps only a few of them.
    if (parsedStyleMaps.size >= 16) parsedStyleMaps.clear();
    parsedStyleMaps.set(key, parsed);
  }
  return parsed;
}

/// mammoth's `convertToHtml` (1.13.0's `convert`, step for step) with its style maps parsed once
/// rather than for every file and plain XML read without xmldom (`readDocxXmlDirectly`); the
/// document is a buffer, or a zip file already open (`docxZipFile`). `convertDocxToHtml.test.ts` holds it to mammoth's own answers.
export async function convertDocxToHtml(
  input: { readonly buffer: Buffer } | { readonly file: MammothZipFile },
  options: object,
): Promise<MammothResult<string>> {
  readDocxXmlDirectly();
  const read = readOptions(options);
  const docxFile = await openZip(input);
  read.embeddedStyleMap = await readEmbeddedStyleMap(docxFile);
  const documentResult = (await readDocument(docxFile, input, read)).map(read.transformDocument);
  const styleMap = parsedStyleMap(read.readStyleMap());
  const converter = new DocumentConverter({ ...read, styleMap: styleMap.value });
  return documentResult.flatMapThen((document) =>
    styleMap.flatMapThen(() => converter.convertToHtml(document)),
  );
}
