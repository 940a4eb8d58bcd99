import { basename, resolve } from 'node:path';
import { maxExchangeImportBytes } from '../../../shared/limits';
import { dispatch } from '../../core/dispatch';
import { errorMessage, exitCodes } from '../cliIo';
import { readUtf8File } from '../readUtf8File';
import { defineCommand, jsonOption, UsageError, workspaceArgument, workspaceOption } from '../commandLine';

/// `passerelle import-translation <file.xlf>`: reads an XLIFF 2.1 file that `export translation`
/// wrote (and a translation tool filled in); its targets and states update the article's segments,
/// as one undo step.
export const importTranslationCommand = defineCommand({
  name: 'import-translation',
  arguments: '<file.xlf>',
  summary: ['bring back an XLIFF 2.1 file’s translations'],
  description:
    'Reads an XLIFF 2.1 file written by `export translation --format xliff`, after a translator\n' +
    'or a translation tool filled in its targets: each segment of the article takes the file’s\n' +
    'English text and state (initial, translated, reviewed, final). Segments are found by the ids\n' +
    'the export gave them; one whose French no longer matches is refused with its id. The import\n' +
    'is one step that Undo takes back.',
  options: {
    db: workspaceOption,
    json: { ...jsonOption, description: 'print the summary as one JSON object' },
  },
  read: (values, positionals) => {
    if (positionals.length !== 1) throw new UsageError('import-translation needs exactly one file.');
    return {
      command: 'import-translation' as const,
      file: positionals[0] ?? '',
      json: values.json,
      ...workspaceArgument(values.db),
    };
  },
  run: async (ctx, { file, json }, io) => {
    const path = resolve(file);
    let summary;
    try {
      summary = await dispatch(ctx, 'translation.import', {
        fileName: basename(path),
        content: readUtf8File(path, maxExchangeImportBytes, 'import'),
      });
    } catch (error) {
      io.stderr(`passerelle: ${errorMessage(error)} Nothing was imported.\n`);
      return exitCodes.failed;
    }
    if (json) {
      const { articleId, updated, unchanged } = summary;
      io.stdout(`${JSON.stringify({ articleId, updated, unchanged })}\n`);
    } else {
      io.stdout(
        `Article ${summary.articleId}: ${summary.updated} segment${summary.updated === 1 ? '' : 's'} updated, ${summary.unchanged} unchanged.\n`,
      );
    }
    return exitCodes.ok;
  },
});
