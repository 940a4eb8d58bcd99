import { claimVerdicts, defaultClaimVerdict, maxClaimEvidence } from '../../../../shared/claims/claimFields';
import type { ClaimReviewFields } from '../../../../shared/domain';
import { PasserelleError } from '../../../../shared/errors';
import type { DatasetImportFormat } from '../../../../shared/exchangeImportFormats';

export { datasetImportFormats, type DatasetImportFormat } from '../../../../shared/exchangeImportFormats';

/// How a record's offsets count: code points (Python tools) or UTF-16 units (browser tools).
export type OffsetUnit = 'codePoints' | 'utf16' | 'either';

/// A claim span's fields as a Passerelle JSONL file gives them (`claim`), each kept only when
/// it has the form the app stores.
export interface RecordClaim extends ClaimReviewFields {
  /// The claimant's French term, or an unnamed source's description.
  readonly claimant: string;
  /// Whether `claimant` names a glossary entry (the file gave it an entry id).
  readonly claimantIsEntry: boolean;
}

/// One span as the file gives it, offsets in its own unit.
export interface RecordSpan {
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly kind: 'entity' | 'claim';
  /// The text the span says it covers, when the file gives it.
  readonly text?: string;
  readonly englishTerm?: string;
  readonly wikidataId?: string;
  readonly decision?: string;
  readonly entryStatus?: string;
  readonly claim?: RecordClaim;
}

/// One article of a dataset file, with where it was in the file (line, or item for Label Studio).
export interface DatasetRecord {
  readonly line: number;
  readonly text: string;
  readonly title: string | null;
  readonly sourceUrl: string | null;
  readonly publishedAt: string | null;
  readonly language: string | null;
  readonly unit: OffsetUnit;
  readonly spans: readonly RecordSpan[];
}

/// Largest dataset file read (bytes): larger ones are refused before anything is parsed.
export const maxDatasetBytes = 256 * 1024 * 1024;

type Json = Record<string, unknown>;

function fail(fileName: string, line: number, reason: string): never {
  throw new PasserelleError('invalid_input', `${fileName}, line ${line}: ${reason}`, {
    detail: 'datasetLine',
    fileName,
    line,
    reason,
  });
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const offset = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const optionalString = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;
const text = (value: unknown, max: number): string => (typeof value === 'string' ? value.slice(0, max) : '');
const isoDate = (value: unknown): string | null =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
    ? value
    : null;
const httpAddress = (value: unknown): string => {
  if (typeof value !== 'string') return '';
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? value : '';
  } catch {
    return '';
  }
};

function recordClaim(value: unknown): RecordClaim | undefined {
  if (!isObject(value)) return undefined;
  const evidence = Array.isArray(value.evidence) ? value.evidence : [];
  return {
    claimant: text(value.claimant, 500).trim(),
    claimantIsEntry: typeof value.claimant_entry_id === 'number',
    claimDate: isoDate(value.claim_date),
    englishText: text(value.english_text, 5000),
    verdict: claimVerdicts.find((verdict) => verdict === value.verdict) ?? defaultClaimVerdict,
    reviewSummary: text(value.review_summary, 5000),
    evidence: evidence
      .filter(isObject)
      .map((link) => ({
        url: httpAddress(link.url),
        title: text(link.title, 500).trim(),
        note: text(link.note, 2000),
      }))
      .filter((link) => link.url !== '')
      .slice(0, maxClaimEvidence),
    reviewer: text(value.reviewer, 200).trim(),
    reviewDate: isoDate(value.review_date),
    factCheckUrl: httpAddress(value.fact_check_url),
  };
}

function checkedSpan(fileName: string, line: number, span: RecordSpan): RecordSpan {
  if (!offset(span.start) || !offset(span.end) || span.end <= span.start) {
    fail(
      fileName,
      line,
      `a span needs whole-number offsets with start before end (got ${String(span.start)}–${String(span.end)}).`,
    );
  }
  if (span.label.trim() === '') fail(fileName, line, `the span at ${span.start}–${span.end} has no label.`);
  return span;
}

function jsonlSpan(fileName: string, line: number, value: unknown): RecordSpan {
  if (!isObject(value)) fail(fileName, line, 'each item of "spans" must be an object.');
  const label = typeof value.label === 'string' ? value.label : '';
  return checkedSpan(fileName, line, {
    start: value.start as number,
    end: value.end as number,
    label,
    kind: value.kind === 'claim' ? 'claim' : 'entity',
    ...(typeof value.text === 'string' ? { text: value.text } : {}),
    ...(typeof value.english_term === 'string' ? { englishTerm: value.english_term } : {}),
    ...(typeof value.wikidata_id === 'string' ? { wikidataId: value.wikidata_id } : {}),
    ...(typeof value.decision === 'string' ? { decision: value.decision } : {}),
    ...(typeof value.entry_status === 'string' ? { entryStatus: value.entry_status } : {}),
    ...(value.kind === 'claim' && isObject(value.claim) ? { claim: recordClaim(value.claim) } : {}),
  });
}

function doccanoSpans(fileName: string, line: number, value: Json): RecordSpan[] {
  if (Array.isArray(value.entities)) {
    return value.entities.map((entity: unknown) => {
      if (!isObject(entity)) fail(fileName, line, 'each item of "entities" must be an object.');
      return checkedSpan(fileName, line, {
        start: entity.start_offset as number,
        end: entity.end_offset as number,
        label: typeof entity.label === 'string' ? entity.label : '',
        kind: 'entity',
      });
    });
  }
  const labels = value.label ?? value.labels ?? [];
  if (!Array.isArray(labels)) fail(fileName, line, '"label" must be a list of [start, end, "LABEL"].');
  return labels.map((triple: unknown) => {
    if (!Array.isArray(triple) || triple.length < 3 || typeof triple[2] !== 'string') {
      fail(fileName, line, '"label" must be a list of [start, end, "LABEL"].');
    }
    return checkedSpan(fileName, line, {
      start: triple[0] as number,
      end: triple[1] as number,
      label: triple[2] as string,
      kind: 'entity',
    });
  });
}

function jsonlRecord(
  fileName: string,
  line: number,
  value: unknown,
  format: DatasetImportFormat,
): DatasetRecord {
  if (!isObject(value)) fail(fileName, line, 'the line is not a JSON object.');
  if (typeof value.text !== 'string' || value.text.trim() === '')
    fail(fileName, line, 'the line has no "text".');
  const meta = isObject(value.meta) ? value.meta : {};
  const layout =
    format === 'jsonl' && !Array.isArray(value.spans) && ('label' in value || 'entities' in value)
      ? 'doccano'
      : format;
  const spans =
    layout === 'doccano'
      ? doccanoSpans(fileName, line, value)
      : (Array.isArray(value.spans) ? value.spans : []).map((span: unknown) =>
          jsonlSpan(fileName, line, span),
        );
  return {
    line,
    text: value.text,
    title: optionalString(meta.title),
    sourceUrl: optionalString(meta.source_url ?? meta.url),
    publishedAt: optionalString(meta.published_at),
    language: optionalString(meta.language),
    unit: 'codePoints',
    spans,
  };
}

function labelStudioRecords(fileName: string, content: string): DatasetRecord[] {
  let tasks: unknown;
  try {
    tasks = JSON.parse(content);
  } catch (error) {
    fail(
      fileName,
      1,
      `the file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  if (!Array.isArray(tasks)) fail(fileName, 1, 'a Label Studio export is a JSON list of tasks.');
  return tasks.map((task: unknown, index) => {
    const item = index + 1;
    if (!isObject(task) || !isObject(task.data) || typeof task.data.text !== 'string') {
      fail(fileName, item, 'each task needs "data": {"text": …} (item numbers count tasks).');
    }
    const annotations = Array.isArray(task.annotations) ? task.annotations : [];
    // The latest annotation of a task is the one Label Studio shows.
    const latest = annotations.at(-1);
    const results = isObject(latest) && Array.isArray(latest.result) ? latest.result : [];
    const spans = results.flatMap((result: unknown) => {
      if (!isObject(result) || !isObject(result.value) || !Array.isArray(result.value.labels)) return [];
      const value = result.value;
      return (value.labels as unknown[]).map((label) =>
        checkedSpan(fileName, item, {
          start: value.start as number,
          end: value.end as number,
          label: typeof label === 'string' ? label : '',
          kind: 'entity',
          ...(typeof value.text === 'string' ? { text: value.text } : {}),
        }),
      );
    });
    return {
      line: item,
      text: task.data.text as string,
      title: optionalString(task.data.title),
      sourceUrl: optionalString(task.data.url),
      publishedAt: null,
      language: null,
      // Label Studio counts in the browser (UTF-16) in some versions and in Python in others:
      // each span's own text decides.
      unit: 'either',
      spans,
    } satisfies DatasetRecord;
  });
}

/// Which layout a file holds: a JSON list is Label Studio's; lines whose first record has
/// doccano's `label`/`entities` are doccano's; otherwise Passerelle's JSONL.
export function detectDatasetFormat(content: string): DatasetImportFormat {
  const start = content.replace(/^\ufeff/, '').trimStart();
  if (start.startsWith('[')) return 'label-studio';
  const firstLine = start.split('\n', 1)[0] ?? '';
  try {
    const first: unknown = JSON.parse(firstLine);
    if (isObject(first) && !Array.isArray(first.spans) && ('label' in first || 'entities' in first))
      return 'doccano';
  } catch {
    // Reported with its line number when the file is read.
  }
  return 'jsonl';
}

/// Reads a dataset file into records, refusing the whole file at its first bad line (not JSON,
/// no text, a span without offsets or label), named by file and line.
export function readDatasetFile(
  fileName: string,
  content: string,
  format = detectDatasetFormat(content),
): DatasetRecord[] {
  const body = content.replace(/^\ufeff/, '');
  if (format === 'label-studio') return labelStudioRecords(fileName, body);
  const records: DatasetRecord[] = [];
  body.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      fail(
        fileName,
        line,
        `the line is not JSON (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
    records.push(jsonlRecord(fileName, line, value, format));
  });
  if (records.length === 0)
    throw new PasserelleError('empty_file', `${fileName}: the file holds no dataset lines.`, {
      detail: 'empty',
      fileName,
    });
  return records;
}
