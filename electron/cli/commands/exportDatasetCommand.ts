import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import {
  datasetExportFiles,
  datasetExportFormats,
  isDatasetExportFormat,
  type DatasetExportFormat,
} from '../../../shared/exportFormats';
import type { CoreContext } from '../../core/coreContext';
import {
  claimReviewExport,
  claimReviewJson,
  type ClaimReviewGap,
} from '../../core/export/claims/claimReview';
import type { DatasetScope } from '../../core/export/dataset/datasetArticles';
import { writeDataset, type DatasetSink } from '../../core/export/dataset/writeDataset';
import { exitCodes, type CliIo } from '../cliIo';
import { defineCommand, noPositionals, UsageError, workspaceArgument, workspaceOption } from '../commandLine';

// ClaimReview is written from the claims, not article by article: a format of its own here.
const claimReviewFormat = 'claimreview';
type CommandFormat = DatasetExportFormat | typeof claimReviewFormat;

function isCommandFormat(value: string): value is CommandFormat {
  return value === claimReviewFormat || isDatasetExportFormat(value);
}
const supported = [...datasetExportFormats, claimReviewFormat].join(', ');

// What each gap of an incomplete ClaimReview is called on the command line.
const gapNames: Record<ClaimReviewGap, string> = {
  englishText: 'its English text',
  factCheckUrl: 'the fact-check address',
  publisher: 'a publisher (set one in the app)',
};

// An article id, as `--article 3`.
function readId(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`--article takes an article id, not "${value}".`);
  return Number(value);
}

// A sink writing each file through its own descriptor as pieces arrive, so nothing accumulates;
// or why it cannot be made.
function fileSink(
  format: DatasetExportFormat,
  out: string | undefined,
  io: CliIo,
): (DatasetSink & { close(): void }) | string {
  if (datasetExportFiles[format].kind === 'folder' && out !== undefined) {
    const folder = resolve(out);
    if (existsSync(folder) && (!statSync(folder).isDirectory() || readdirSync(folder).length > 0)) {
      return `${folder} exists and is not an empty folder; nothing was written.`;
    }
    mkdirSync(folder, { recursive: true });
    return {
      write: (chunk, file = 'dataset.txt') => {
        const descriptor = openSync(join(folder, file), 'a');
        try {
          writeSync(descriptor, chunk);
        } finally {
          closeSync(descriptor);
        }
      },
      close: () => {},
    };
  }
  if (out === undefined) return { write: (chunk) => io.stdout(chunk), close: () => {} };
  const descriptor = openSync(resolve(out), 'w');
  return { write: (chunk) => void writeSync(descriptor, chunk), close: () => closeSync(descriptor) };
}

// Writes the ClaimReview JSON-LD to stdout or `out`, and lists on stderr the reviewed claims
// left out for a missing field; fails when there are some, so a script does not publish half.
function exportClaimReviews(
  ctx: CoreContext,
  scope: DatasetScope,
  out: string | undefined,
  io: CliIo,
): number {
  const exported = claimReviewExport(ctx, scope.articleIds);
  const json = claimReviewJson(exported);
  if (out === undefined) io.stdout(json);
  else writeFileSync(resolve(out), json);
  for (const claim of exported.incomplete) {
    const missing = claim.missing.map((gap) => gapNames[gap]).join(', ');
    io.stderr(`Not exported: claim ${claim.annotationId} (“${claim.quote}”) lacks ${missing}.\n`);
  }
  if (out !== undefined) {
    io.stderr(
      `Exported ${exported.reviews.length} ClaimReviews to ${resolve(out)}` +
        ` (${exported.unrated} claims without a rated verdict left out).\n`,
    );
  }
  return exported.incomplete.length === 0 ? exitCodes.ok : exitCodes.failed;
}

/// `passerelle export dataset`: writes the annotated articles in one of `datasetExportFormats`,
/// one article at a time, to stdout or `--out` (a folder for brat), limited to some articles and
/// labels, and for sharing outside the newsroom with `--privacy`.
export const exportDatasetCommand = defineCommand({
  name: 'export dataset',
  arguments: '',
  summary: ['write the annotated articles as a dataset (stdout without --out)'],
  description:
    `Writes every article with its annotations, offsets in code points. Formats: ${supported}.\n` +
    'jsonl: one article per line (spaCy, Prodigy, doccano); conll: CoNLL-2003 BIO, one token per\n' +
    'line (spacy convert); brat: a folder of .txt and .ann files with annotation.conf (--out\n' +
    'FOLDER, new or empty); webanno: a W3C Web Annotation collection (JSON-LD); claimreview:\n' +
    'schema.org ClaimReview JSON-LD of every claim with a verdict (those missing a field are listed).\n' +
    '--privacy leaves out annotator names and the glossary entries still in draft.',
  options: {
    format: {
      type: 'string',
      valueName: [...datasetExportFormats, claimReviewFormat].join('|'),
      description: 'the format (required)',
    },
    out: { type: 'string', valueName: 'PATH', description: 'the file (a folder for brat) to write' },
    article: {
      type: 'string',
      valueName: 'ID',
      repeatable: true,
      description: 'only this article (repeat for several)',
    },
    label: {
      type: 'string',
      valueName: 'KEY',
      repeatable: true,
      description: 'only the spans of this label (repeat for several)',
    },
    privacy: { type: 'boolean', description: 'for sharing outside the newsroom' },
    db: workspaceOption,
  },
  read: (values, positionals) => {
    noPositionals('export dataset', positionals);
    const format = values.format;
    if (format === undefined) throw new UsageError(`export dataset needs --format (${supported}).`);
    if (!isCommandFormat(format)) {
      throw new UsageError(`Unknown format "${format}" (supported: ${supported}).`);
    }
    if (
      format !== claimReviewFormat &&
      datasetExportFiles[format].kind === 'folder' &&
      values.out === undefined
    ) {
      throw new UsageError(`${format} writes a folder of files: name it with --out FOLDER.`);
    }
    const scope: DatasetScope = {
      ...(values.article.length === 0 ? {} : { articleIds: values.article.map(readId) }),
      ...(values.label.length === 0 ? {} : { labels: [...values.label] }),
      privacy: values.privacy,
    };
    return {
      command: 'export-dataset' as const,
      format,
      scope,
      ...workspaceArgument(values.db),
      ...(values.out === undefined ? {} : { out: values.out }),
    };
  },
  run: (ctx, { format, scope, out }, io) => {
    if (format === claimReviewFormat) return Promise.resolve(exportClaimReviews(ctx, scope, out, io));
    const sink = fileSink(format, out, io);
    if (typeof sink === 'string') {
      io.stderr(`passerelle: ${sink}\n`);
      return Promise.resolve(exitCodes.failed);
    }
    let summary;
    try {
      summary = writeDataset(ctx, format, scope, sink);
    } finally {
      sink.close();
    }
    if (out !== undefined) {
      io.stderr(`Exported ${summary.articles} articles and ${summary.spans} spans to ${resolve(out)}.\n`);
    }
    return Promise.resolve(exitCodes.ok);
  },
});
