import type { ImportConflict, ImportSummary, ValidatedInput } from '../../../shared/contract';
import { PasserelleError } from '../../../shared/errors';
import type { ImportConflictDecision } from '../../../shared/exchangeImportFormats';
import type { CoreContext } from '../coreContext';
import { historyTables } from '../history/historyTables';
import { importDatasetRecords } from './dataset/importDataset';
import { detectDatasetFormat, readDatasetFile } from './dataset/readDatasetFile';
import { importGlossaryEntries, type GlossaryConflictChoice } from './glossary/importGlossary';
import { glossaryFormatOf, glossaryImportFormats, readGlossaryFile } from './glossary/readGlossaryFile';

const choiceOf = {
  keepMine: 'keep',
  takeTheirs: 'take',
  keepBoth: 'both',
} as const satisfies Record<ImportConflictDecision, GlossaryConflictChoice>;

const decisionOf = {
  keep: 'keepMine',
  take: 'takeTheirs',
  both: 'keepBoth',
} as const satisfies Record<GlossaryConflictChoice, ImportConflictDecision>;

type ImportRequest = ValidatedInput<'imports.inspect'> & {
  readonly decisions?: Readonly<Record<string, ImportConflictDecision>>;
  readonly labelMapping?: Readonly<Record<string, string>>;
};

// Thrown to roll the dry run's transaction back once its summary is taken.
const dryRunDone = Symbol('dryRunDone');

/// Runs the import a request asks for: the file read whole first (a bad one refuses everything,
/// naming its line), then one undo step in one transaction.
function runRequest(ctx: CoreContext, request: ImportRequest): ImportSummary {
  const { fileName, content } = request;
  const labelMapping = request.labelMapping ?? {};
  if (request.kind === 'glossary') {
    const format = request.format ?? glossaryFormatOf(fileName);
    if (format === null) {
      throw new PasserelleError(
        'unsupported_format',
        `Cannot tell the glossary format of ${fileName} from its name: choose one (${glossaryImportFormats.join(', ')}).`,
        { detail: 'glossaryFormat', fileName, supported: glossaryImportFormats.join(', ') },
      );
    }
    const entries = readGlossaryFile(fileName, content, format);
    const decisions = request.decisions ?? {};
    const summary = importGlossaryEntries(
      ctx,
      fileName,
      entries,
      (line) => choiceOf[decisions[String(line)] ?? 'keepMine'],
      labelMapping,
    );
    return {
      kind: 'glossary',
      fileName,
      format,
      entries: entries.length,
      created: summary.created,
      merged: summary.merged,
      unchanged: summary.unchanged,
      conflicts: summary.conflicts.map((conflict): ImportConflict => ({
        key: String(conflict.line),
        line: conflict.line,
        frenchTerm: conflict.frenchTerm,
        mine: conflict.mine,
        theirs: conflict.theirs,
        decision: decisionOf[conflict.choice],
      })),
      newLabels: summary.labelsCreated,
    };
  }
  const format = request.format ?? detectDatasetFormat(content);
  const records = readDatasetFile(fileName, content, format);
  const summary = importDatasetRecords(ctx, fileName, records, labelMapping);
  return {
    kind: 'dataset',
    fileName,
    format,
    records: records.length,
    articlesCreated: summary.articlesCreated,
    articlesMatched: summary.articlesMatched,
    spansImported: summary.spansImported,
    spansAlreadyThere: summary.spansAlreadyThere,
    problems: summary.problems,
    newLabels: summary.labelsCreated,
    articleIds: summary.articleIds,
  };
}

/// `imports.inspect`: what importing the file would do (its format, the counts, the glossary
/// conflicts, the labels the workspace lacks), found by running the very import `imports.run`
/// runs, with no decision and no mapping, inside a transaction that is then rolled back.
export function inspectImport(ctx: CoreContext, input: ValidatedInput<'imports.inspect'>): ImportSummary {
  let summary: ImportSummary | undefined;
  // The undo capture's TEMP tables and triggers are made on a connection's first recorded
  // action: made inside the rolled-back transaction, they would be gone for the real one.
  historyTables(ctx.store);
  try {
    ctx.store.transaction(() => {
      summary = runRequest(ctx, input);
      throw dryRunDone;
    })();
  } catch (error) {
    if (error !== dryRunDone) throw error;
  }
  if (summary === undefined) throw new Error('The dry run of an import gave no summary.');
  return summary;
}

/// `imports.run`: imports the file as one undo step, each glossary conflict settled by its
/// decision (the workspace's term kept when it has none) and the file's labels mapped as asked.
export function runImport(ctx: CoreContext, input: ValidatedInput<'imports.run'>): ImportSummary {
  return runRequest(ctx, input);
}
