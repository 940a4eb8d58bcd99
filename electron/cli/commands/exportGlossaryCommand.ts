import { writeFile } from 'node:fs/promises';
import {
  csvDialects,
  defaultCsvDialect,
  defaultGlossaryExportFormat,
  glossaryExportFormats,
  glossaryTableColumns,
  isCsvDialect,
  isGlossaryExportFormat,
  isGlossaryTableColumn,
  type GlossaryTableColumn,
} from '../../../shared/exportFormats';
import { dispatch } from '../../core/dispatch';
import { exitCodes } from '../cliIo';
import { defineCommand, noPositionals, UsageError, workspaceArgument, workspaceOption } from '../commandLine';

const supported = glossaryExportFormats.join(', ');

function readColumns(written: string): GlossaryTableColumn[] {
  const columns = written.split(',').map((column) => column.trim());
  for (const column of columns) {
    if (!isGlossaryTableColumn(column)) {
      throw new UsageError(`Unknown column "${column}" (columns: ${glossaryTableColumns.join(', ')}).`);
    }
  }
  if (new Set(columns).size !== columns.length) throw new UsageError('--columns names a column twice.');
  return columns.filter(isGlossaryTableColumn);
}

function readArticleId(written: string): number {
  const id = Number(written);
  if (!/^[1-9]\d*$/.test(written) || !Number.isSafeInteger(id)) {
    throw new UsageError(`--article takes an article id (a whole number), not "${written}".`);
  }
  return id;
}

/// `passerelle export glossary`: writes the glossary, or the entries in the asked scope, in one of
/// `glossaryExportFormats`, to stdout or to `--out`.
export const exportGlossaryCommand = defineCommand({
  name: 'export glossary',
  arguments: '',
  summary: ['write the glossary (stdout without --out)'],
  description:
    'Writes the glossary to stdout, or to the file --out names.\n' +
    `Formats: ${supported} (default ${defaultGlossaryExportFormat}):\n` +
    '  csv   for spreadsheets: UTF-8 with a BOM, CRLF line ends, formulas defused\n' +
    "  tsv   OmegaT's glossary (source, target, comment), UTF-8; save it as .txt\n" +
    '  json  every field of every entry\n' +
    '  tbx   TBX-Basic (ISO 30042, DCA style) for translation tools\n' +
    '  html  a printable glossary grouped by type\n' +
    'CSV dialects: standard (RFC 4180, comma-separated) and excel-fr, Excel (French): semicolon-\n' +
    'separated, as a spreadsheet set to French opens it; both UTF-8 with a BOM and CRLF line ends.\n' +
    'Scope: every entry, or only those --approved, of the --label(s) and mentioned in the\n' +
    `--article(s) given. Columns of csv and tsv: ${glossaryTableColumns.join(', ')}.`,
  options: {
    format: {
      type: 'string',
      valueName: glossaryExportFormats.join('|'),
      description: `the file format (default ${defaultGlossaryExportFormat})`,
    },
    dialect: {
      type: 'string',
      valueName: csvDialects.join('|'),
      description: `how the CSV is written (default ${defaultCsvDialect})`,
    },
    approved: { type: 'boolean', description: 'only the approved entries' },
    label: {
      type: 'string',
      valueName: 'KEY',
      repeatable: true,
      description: 'only the entries of this label (repeat for several)',
    },
    article: {
      type: 'string',
      valueName: 'ID',
      repeatable: true,
      description: 'only the entries mentioned in this article (repeat for several)',
    },
    columns: {
      type: 'string',
      valueName: 'a,b,c',
      description: 'the columns of a csv or tsv export, in order',
    },
    out: { type: 'string', valueName: 'FILE', description: 'the file to write (default: stdout)' },
    db: workspaceOption,
  },
  read: (values, positionals) => {
    noPositionals('export glossary', positionals);
    const format = values.format ?? defaultGlossaryExportFormat;
    if (!isGlossaryExportFormat(format)) {
      throw new UsageError(`Unknown format "${format}" (supported: ${supported}).`, false);
    }
    const { dialect } = values;
    if (dialect !== undefined && !isCsvDialect(dialect)) {
      throw new UsageError(`Unknown CSV dialect "${dialect}" (supported: ${csvDialects.join(', ')}).`);
    }
    if (dialect !== undefined && format !== 'csv')
      throw new UsageError('--dialect is only for --format csv.');
    const columns = values.columns === undefined ? undefined : readColumns(values.columns);
    if (columns !== undefined && format !== 'csv' && format !== 'tsv') {
      throw new UsageError('--columns is only for --format csv or tsv.');
    }
    return {
      command: 'export-glossary' as const,
      format,
      ...workspaceArgument(values.db),
      ...(dialect === undefined ? {} : { dialect }),
      ...(values.approved ? { approvedOnly: true } : {}),
      ...(values.label.length === 0 ? {} : { labels: [...values.label] }),
      ...(values.article.length === 0 ? {} : { articleIds: values.article.map(readArticleId) }),
      ...(columns === undefined ? {} : { columns }),
      ...(values.out === undefined ? {} : { out: values.out }),
    };
  },
  run: async (ctx, { format, dialect, approvedOnly, labels, articleIds, columns, out }, io) => {
    const exported = await dispatch(ctx, 'glossary.export', {
      format,
      dialect,
      approvedOnly,
      labels,
      articleIds,
      columns,
    });
    if (out === undefined) {
      io.stdout(exported.content);
    } else {
      await writeFile(out, exported.content, 'utf8');
      io.stderr(`Glossary written to ${out}.\n`);
    }
    return exitCodes.ok;
  },
});
