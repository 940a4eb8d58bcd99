import { writeFile } from 'node:fs/promises';
import {
  translationExportFormats,
  untranslatedPolicies,
  type TranslationExportFormat,
  type UntranslatedPolicy,
} from '../../../shared/translation/translationFormats';
import { dispatch } from '../../core/dispatch';
import { exitCodes } from '../cliIo';
import { defineCommand, UsageError, workspaceArgument, workspaceOption } from '../commandLine';

const isFormat = (value: string): value is TranslationExportFormat =>
  (translationExportFormats as readonly string[]).includes(value);
const isPolicy = (value: string): value is UntranslatedPolicy =>
  (untranslatedPolicies as readonly string[]).includes(value);

/// `passerelle export translation <article-id>`: writes the article's English translation (HTML,
/// Markdown, plain text, Word) or its bilingual XLIFF 2.1, to stdout or to `--out`.
export const exportTranslationCommand = defineCommand({
  name: 'export translation',
  arguments: '<article-id>',
  summary: ['write an article’s English translation or its XLIFF'],
  description:
    'Writes the English article, rebuilt from its translated segments with the structure of the\n' +
    'French (headings, paragraphs, quotations, lists), or a bilingual XLIFF 2.1 file that\n' +
    'translation tools read and `import-translation` brings back.\n' +
    `Formats: ${translationExportFormats.join(', ')} (docx needs --out: it is not text).\n` +
    'Segments with no English yet: --untranslated mark (the French, marked; the default), omit\n' +
    '(left out) or refuse (nothing written, exit 1). XLIFF always carries every segment.',
  options: {
    format: {
      type: 'string',
      valueName: translationExportFormats.join('|'),
      description: 'the file format (required)',
    },
    untranslated: {
      type: 'string',
      valueName: untranslatedPolicies.join('|'),
      description: 'what untranslated segments become (default mark)',
    },
    out: { type: 'string', valueName: 'FILE', description: 'the file to write (default: stdout)' },
    db: workspaceOption,
  },
  read: (values, positionals) => {
    if (positionals.length !== 1) throw new UsageError('export translation needs exactly one article id.');
    const written = positionals[0] ?? '';
    if (!/^[1-9]\d*$/.test(written) || !Number.isSafeInteger(Number(written))) {
      throw new UsageError(`The article id is a whole number, not "${written}".`);
    }
    const format = values.format;
    if (format === undefined) {
      throw new UsageError(`--format is required (${translationExportFormats.join(', ')}).`);
    }
    if (!isFormat(format)) {
      throw new UsageError(
        `Unknown format "${format}" (supported: ${translationExportFormats.join(', ')}).`,
        false,
      );
    }
    if (format === 'docx' && values.out === undefined) {
      throw new UsageError('A docx file is not text: give --out FILE.');
    }
    const untranslated = values.untranslated ?? 'mark';
    if (!isPolicy(untranslated)) {
      throw new UsageError(`--untranslated takes ${untranslatedPolicies.join(', ')}, not "${untranslated}".`);
    }
    return {
      command: 'export-translation' as const,
      articleId: Number(written),
      format,
      untranslated,
      ...workspaceArgument(values.db),
      ...(values.out === undefined ? {} : { out: values.out }),
    };
  },
  run: async (ctx, { articleId, format, untranslated, out }, io) => {
    const exported = await dispatch(ctx, 'translation.export', { articleId, format, untranslated });
    const note =
      exported.untranslated > 0
        ? ` ${exported.untranslated} segment${exported.untranslated === 1 ? ' has' : 's have'} no English yet (${untranslated === 'omit' ? 'left out' : 'marked'}).`
        : '';
    if (out === undefined) {
      io.stdout(exported.content);
      if (note !== '') io.stderr(`${note.trim()}\n`);
    } else {
      await writeFile(out, Buffer.from(exported.content, exported.encoding === 'base64' ? 'base64' : 'utf8'));
      io.stderr(`Translation written to ${out}.${note}\n`);
    }
    return exitCodes.ok;
  },
});
