import { basename, resolve } from 'node:path';
import { importDatasetRecords } from '../../core/import/dataset/importDataset';
import {
  datasetImportFormats,
  maxDatasetBytes,
  readDatasetFile,
  type DatasetImportFormat,
} from '../../core/import/dataset/readDatasetFile';
import { errorMessage, exitCodes } from '../cliIo';
import { readUtf8File } from '../readUtf8File';
import { defineCommand, jsonOption, UsageError, workspaceArgument, workspaceOption } from '../commandLine';

const isImportFormat = (value: string): value is DatasetImportFormat =>
  (datasetImportFormats as readonly string[]).includes(value);

/// `passerelle import-dataset <file>`: brings an annotated dataset in (Passerelle's JSONL,
/// doccano's JSONL or a Label Studio JSON export, detected or named with --format) as one undo
/// step; a span that does not slice its text is reported with its line and the rest imported.
export const importDatasetCommand = defineCommand({
  name: 'import-dataset',
  arguments: '<file>',
  summary: ['import annotated articles (JSONL, doccano, Label Studio)'],
  description:
    'Reads a dataset and attaches its spans to the article holding the same text, or to a new\n' +
    'article. Offsets count code points (Label Studio: either unit, each span’s text decides).\n' +
    `Formats: ${datasetImportFormats.join(', ')} (detected unless --format names one). A bad line refuses the\n` +
    'whole file, naming it; a span that does not slice the text it claims is reported and skipped\n' +
    '(exit status 1). The import is one step that Undo takes back.',
  options: {
    format: {
      type: 'string',
      valueName: datasetImportFormats.join('|'),
      description: 'the layout of the file',
    },
    db: workspaceOption,
    json: { ...jsonOption, description: 'print the summary as one JSON object' },
  },
  read: (values, positionals) => {
    if (positionals.length !== 1) throw new UsageError('import-dataset needs exactly one file.');
    const { format } = values;
    if (format !== undefined && !isImportFormat(format)) {
      throw new UsageError(
        `Unknown dataset format "${format}" (supported: ${datasetImportFormats.join(', ')}).`,
      );
    }
    return {
      command: 'import-dataset' as const,
      file: positionals[0] ?? '',
      json: values.json,
      ...workspaceArgument(values.db),
      ...(format === undefined ? {} : { format }),
    };
  },
  run: (ctx, { file, format, json }, io) => {
    const path = resolve(file);
    let summary;
    try {
      const content = readUtf8File(path, maxDatasetBytes, 'dataset');
      summary = importDatasetRecords(ctx, basename(path), readDatasetFile(basename(path), content, format));
    } catch (error) {
      io.stderr(`passerelle: ${errorMessage(error)} Nothing was imported.\n`);
      return Promise.resolve(exitCodes.failed);
    }
    if (json) io.stdout(`${JSON.stringify(summary)}\n`);
    else {
      io.stdout(
        `Imported ${summary.spansImported} spans into ${summary.articlesCreated} new and ${summary.articlesMatched} existing articles` +
          (summary.spansAlreadyThere > 0 ? ` (${summary.spansAlreadyThere} already there)` : '') +
          (summary.labelsCreated.length > 0 ? `; new labels: ${summary.labelsCreated.join(', ')}` : '') +
          '.\n',
      );
    }
    for (const problem of summary.problems) io.stderr(`line ${problem.line}: ${problem.message}\n`);
    return Promise.resolve(summary.problems.length > 0 ? exitCodes.failed : exitCodes.ok);
  },
});
