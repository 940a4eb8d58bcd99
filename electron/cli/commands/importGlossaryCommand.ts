import { basename, resolve } from 'node:path';
import {
  glossaryConflictChoices,
  importGlossaryEntries,
  type GlossaryConflictChoice,
} from '../../core/import/glossary/importGlossary';
import {
  glossaryFormatOf,
  glossaryImportFormats,
  maxGlossaryBytes,
  readGlossaryFile,
  type GlossaryImportFormat,
} from '../../core/import/glossary/readGlossaryFile';
import { errorMessage, exitCodes } from '../cliIo';
import { readUtf8File } from '../readUtf8File';
import { defineCommand, jsonOption, UsageError, workspaceArgument, workspaceOption } from '../commandLine';

const isFormat = (value: string): value is GlossaryImportFormat =>
  (glossaryImportFormats as readonly string[]).includes(value);
const isChoice = (value: string): value is GlossaryConflictChoice =>
  (glossaryConflictChoices as readonly string[]).includes(value);

/// `passerelle import-glossary <file>`: merges a glossary (Passerelle's CSV in either dialect,
/// OmegaT's TSV, TBX) into the workspace's as one undo step; entries of a French term the
/// workspace has are merged, conflicting English terms listed and settled by --conflicts.
export const importGlossaryCommand = defineCommand({
  name: 'import-glossary',
  arguments: '<file>',
  summary: ['merge a glossary (CSV, TSV, TBX) into the workspace’s'],
  description:
    'Reads a glossary and merges it by folded French term: a new term becomes an entry, a known\n' +
    'one gets what it lacks (English term, note, Wikidata id, variants, terms to avoid). When the\n' +
    'file gives another English term than the workspace, the conflict is listed and --conflicts\n' +
    'decides: keep (yours, the default), take (theirs) or both (a second entry). The format comes\n' +
    `from the file's extension (.csv, .tsv/.txt, .tbx) unless --format names it (${glossaryImportFormats.join(', ')}).\n` +
    'The import is one step that Undo takes back.',
  options: {
    format: {
      type: 'string',
      valueName: glossaryImportFormats.join('|'),
      description: 'the format of the file',
    },
    conflicts: {
      type: 'string',
      valueName: glossaryConflictChoices.join('|'),
      description: 'what a conflicting English term does (default keep)',
    },
    db: workspaceOption,
    json: { ...jsonOption, description: 'print the summary as one JSON object' },
  },
  read: (values, positionals) => {
    if (positionals.length !== 1) throw new UsageError('import-glossary needs exactly one file.');
    const file = positionals[0] ?? '';
    const format = values.format ?? glossaryFormatOf(file);
    if (format === null) {
      throw new UsageError(
        `Cannot tell the format of ${file} from its name: give --format (${glossaryImportFormats.join(', ')}).`,
      );
    }
    if (!isFormat(format)) {
      throw new UsageError(
        `Unknown glossary format "${format}" (supported: ${glossaryImportFormats.join(', ')}).`,
      );
    }
    const conflicts = values.conflicts ?? 'keep';
    if (!isChoice(conflicts)) {
      throw new UsageError(`--conflicts takes ${glossaryConflictChoices.join(', ')}, not "${conflicts}".`);
    }
    return {
      command: 'import-glossary' as const,
      file,
      format,
      conflicts,
      json: values.json,
      ...workspaceArgument(values.db),
    };
  },
  run: (ctx, { file, format, conflicts, json }, io) => {
    const path = resolve(file);
    let summary;
    try {
      summary = importGlossaryEntries(
        ctx,
        basename(path),
        readGlossaryFile(basename(path), readUtf8File(path, maxGlossaryBytes, 'glossary'), format),
        conflicts,
      );
    } catch (error) {
      io.stderr(`passerelle: ${errorMessage(error)} Nothing was imported.\n`);
      return Promise.resolve(exitCodes.failed);
    }
    if (json) io.stdout(`${JSON.stringify(summary)}\n`);
    else {
      io.stdout(
        `${summary.created} entries added, ${summary.merged} merged, ${summary.unchanged} already there` +
          (summary.labelsCreated.length > 0 ? `; new labels: ${summary.labelsCreated.join(', ')}` : '') +
          '.\n',
      );
      const done = { keep: 'kept yours', take: 'took theirs', both: 'kept both' } as const;
      for (const conflict of summary.conflicts) {
        io.stdout(
          `conflict, line ${conflict.line}: “${conflict.frenchTerm}” is “${conflict.mine}” here, “${conflict.theirs}” in the file (${done[conflict.choice]})\n`,
        );
      }
    }
    return Promise.resolve(exitCodes.ok);
  },
});
