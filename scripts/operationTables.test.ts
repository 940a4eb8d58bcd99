import { relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Proves the compile-time checks on the operation tables bite: the real contract, handler table and
// preload are type-checked with one operation added, removed or left over, edited in memory only.
const root = process.cwd();
const operationNamesFile = resolve(root, 'shared/operationNames.ts');
const contractFile = resolve(root, 'shared/contract.ts');
const everyTable = ['shared/contract.ts', 'electron/core/handlers.ts', 'electron/preload/index.ts'];

/// A compile error, named by the file and the top-level declaration it falls in.
interface CompileError {
  readonly where: string;
  readonly message: string;
}

const { options } =
  ts.getParsedCommandLineOfConfigFile(
    resolve(root, 'tsconfig.node.json'),
    { composite: false, incremental: false, noEmit: true },
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => expect.fail(String(diagnostic.messageText)),
    },
  ) ?? expect.fail('tsconfig.node.json does not parse');

let previous: ts.Program | undefined;

function declarationAt(sourceFile: ts.SourceFile, position: number): string {
  const statement = sourceFile.statements.find((node) => node.pos <= position && position < node.end);
  if (statement && ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations[0]?.name.getText(sourceFile) ?? '(top level)';
  }
  if (
    statement &&
    (ts.isTypeAliasDeclaration(statement) ||
      ts.isInterfaceDeclaration(statement) ||
      ts.isFunctionDeclaration(statement))
  ) {
    return statement.name?.text ?? '(top level)';
  }
  return '(top level)';
}

/// Type-checks `roots` (by default the contract, the handler table and the preload) with some
/// files' text edited in memory (nothing is written), answering every error.
function compileErrors(
  edits: ReadonlyMap<string, (text: string) => string>,
  roots: readonly string[] = everyTable,
): CompileError[] {
  const host = ts.createCompilerHost(options, true);
  const readFile = host.readFile.bind(host);
  host.readFile = (fileName) => {
    const text = readFile(fileName);
    const edit = edits.get(resolve(fileName));
    return text !== undefined && edit ? edit(text) : text;
  };
  const program = ts.createProgram({
    rootNames: roots.map((path) => resolve(root, path)),
    options,
    host,
    oldProgram: previous,
  });
  previous = program;
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ({
    where:
      diagnostic.file && diagnostic.start !== undefined
        ? `${relative(root, diagnostic.file.fileName)} ${declarationAt(diagnostic.file, diagnostic.start)}`
        : '(no file)',
    message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
  }));
}

function replaceOnce(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

/// The declarations that reported an error mentioning `name`.
function declarationsNaming(errors: readonly CompileError[], name: string): string[] {
  return [
    ...new Set(errors.filter((error) => error.message.includes(name)).map((error) => error.where)),
  ].sort();
}

describe('the operation tables', { timeout: 120_000 }, () => {
  it('fail to compile when an operation name has no schema, result or handler, and the preload needs no edit', () => {
    const errors = compileErrors(
      new Map([
        [
          operationNamesFile,
          (text) =>
            replaceOnce(
              text,
              'export const operationNames = [\n',
              "export const operationNames = [\n  'articles.archive',\n",
            ),
        ],
      ]),
    );
    expect(declarationsNaming(errors, 'articles.archive')).toEqual(
      expect.arrayContaining([
        'electron/core/handlers.ts handlers',
        'shared/contract.ts OperationResults',
        'shared/contract.ts inputSchemas',
      ]),
    );
    expect(errors.filter((error) => error.where.startsWith('electron/preload'))).toEqual([]);
  });

  it('fail to compile when a schema or a result names no operation', () => {
    const errors = compileErrors(
      new Map([[operationNamesFile, (text) => replaceOnce(text, "  'history.redo',\n", '')]]),
      ['shared/contract.ts'],
    );
    expect(declarationsNaming(errors, 'history.redo')).toEqual([
      'shared/contract.ts OperationResults',
      'shared/contract.ts inputSchemas',
    ]);
  });

  it('fail to compile when only OperationResults has an extra key', () => {
    const errors = compileErrors(
      new Map([
        [
          contractFile,
          (text) =>
            replaceOnce(
              text,
              'export type OperationResults = ByOperation<{\n',
              "export type OperationResults = ByOperation<{\n  'history.clear': never;\n",
            ),
        ],
      ]),
      ['shared/contract.ts'],
    );
    expect(declarationsNaming(errors, 'history.clear')).toEqual(['shared/contract.ts OperationResults']);
  });
});
