import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Schema } from 'node-schematron';
import { validateXML } from 'xmllint-wasm';

/// The folder of the TBX schemas the tests validate against, copied from LTAC Global's
/// repositories (see its README).
export const tbxSchemaFolder = join(__dirname, '..', 'tbx', 'schemas');

const readSchemaFile = (name: string) =>
  readFileSync(join(tbxSchemaFolder, name), 'utf8').replace(/^\ufeff/, '');

/// The errors libxml2 (xmllint, built to WebAssembly) reports when it validates `tbx` against
/// the TBX core structure in RELAX NG, TBXcoreStructV03.rng; empty when the file is valid.
export async function relaxNgErrors(tbx: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'export.tbx', contents: tbx }],
    schema: [{ fileName: 'TBXcoreStructV03.rng', contents: readSchemaFile('TBXcoreStructV03.rng') }],
    extension: 'relaxng',
  });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}

// node-schematron (XPath 3.1 through fontoxpath, so the XPath 2 of the .sch runs as written) walks
// element nodes only, so a rule whose context is an attribute (`tbx:descrip/@type`) would never
// fire. Each such rule is rewritten to the element that carries the attribute, its test reading
// the attribute instead of the context node: `tbx:descrip/@type` with `.='a' or .='b'` becomes
// `tbx:descrip[@type]` with `@type='a' or @type='b'`, which holds for exactly the same nodes.
function withElementContexts(schematron: string): string {
  return schematron.replace(
    /<rule context="([^"]+)\/@type">(\s*<assert test=")([^"]+)"/g,
    (_rule, element: string, between: string, test: string) =>
      `<rule context="${element}[@type]">${between}${test.replace(/(^|\s)\.=/g, '$1@type=')}"`,
  );
}

let dcaRules: Schema | undefined;

/// The rule contexts of TBX-Basic_DCA.sch the check applies: every rule of the file, the
/// attribute contexts rewritten as `withElementContexts` says.
export function schematronRuleContexts(): string[] {
  return [
    ...withElementContexts(readSchemaFile('TBX-Basic_DCA.sch')).matchAll(/<rule context="([^"]+)"/g),
  ].map((match) => match[1]!);
}

/// The messages of the TBX-Basic DCA Schematron rules (TBX-Basic_DCA.sch) that `tbx` breaks;
/// empty when it keeps them all.
export function schematronErrors(tbx: string): string[] {
  dcaRules ??= Schema.fromString(withElementContexts(readSchemaFile('TBX-Basic_DCA.sch')));
  return dcaRules.validateString(tbx).map((result) => (result.message ?? '').trim());
}

/// The shipped valid TBX-Basic sample (Example_Astronomy_DCA_VALID.tbx).
export function tbxSample(): string {
  return readSchemaFile('Example_Astronomy_DCA_VALID.tbx');
}
