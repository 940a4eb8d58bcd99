import { z } from 'zod';
import {
  glossaryDecisions,
  glossaryStatuses,
  type Annotation,
  type Article,
  type ArticleSummary,
  type Claim,
  type DriftEntry,
  type GlossaryEntry,
  type GlossaryMention,
  type HistoryState,
  type ImportOutcome,
  type Label,
  type MergeConflict,
  type Segment,
  segmentStatuses,
  type TranslationProgress,
  type Suggestion,
} from './domain';
import { claimVerdicts, maxClaimEvidence } from './claims/claimFields';
import type { ErrorBody } from './errors';
import {
  datasetImportFormats,
  glossaryImportFormats,
  importConflictDecisions,
  type DatasetImportFormat,
  type GlossaryImportFormat,
  type ImportConflictDecision,
} from './exchangeImportFormats';
import {
  claimExportFormats,
  csvDialects,
  datasetExportFormats,
  glossaryExportFormats,
  glossaryTableColumns,
  type ExportLeftOutKey,
} from './exportFormats';
import type { HistoryMessage } from './historyMessages';
import { translationExportFormats, untranslatedPolicies } from './translation/translationFormats';
import { maxExchangeImportBytes, maxImportBytes, maxImportFilesPerCall } from './limits';
import type { ByOperation, OperationName } from './operationNames';
import {
  isWellFormedText,
  loneSurrogateMessage,
  repairLoneSurrogates,
  wellFormedString,
} from './wellFormedText';

// Every string starts from `wellFormedString` (or is repaired), so no lone surrogate reaches
// SQLite, which would store it as bytes that are not UTF-8.
const id = z.number().int().positive();
/// A label is named by its stable `key` (e.g. `person`); the store checks it exists.
const label = wellFormedString().trim().min(1).max(64);
const term = wellFormedString().trim().min(1).max(500);
const terms = z.array(term).max(100);
const decision = z.enum(glossaryDecisions);
const status = z.enum(glossaryStatuses);
const wikidataId = wellFormedString()
  .trim()
  .regex(/^(Q[1-9][0-9]*)?$/, 'a Wikidata id is Q followed by digits, e.g. Q90');
const colour = wellFormedString().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb');
const shortcut = wellFormedString()
  .regex(/^[1-9]$/, 'a shortcut is a digit from 1 to 9')
  .nullable();
const labelName = wellFormedString().trim().min(1).max(60);
const httpUrl = z
  .url({ protocol: /^https?$/ })
  .max(2048)
  .refine(isWellFormedText, loneSurrogateMessage);
const span = { articleId: id, start: z.number().int().nonnegative(), end: z.number().int().positive() };
/// The user's name, recorded as the author of what they mark: one line of 1 to 80 characters.
export const authorName = wellFormedString()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[^\p{Cc}]*$/u, 'a name is one line of text, without control characters');
/// Import even when an article with the same text already exists.
const force = z.boolean().default(false);

const glossaryFields = {
  label,
  frenchTerm: term,
  frenchVariants: terms,
  englishTerm: wellFormedString().trim().max(500),
  englishAvoid: terms,
  decision,
  note: wellFormedString().max(5000),
  wikidataId,
  status,
};

/// A glossary or dataset file as the Import dialog sends it: its name, its text and, when the
/// user names it, its format (else told from the name, or detected); `extra` adds what a run
/// decides.
function exchangeImport<Extra extends z.ZodRawShape>(extra: Extra) {
  const file = {
    fileName: wellFormedString().trim().min(1).max(255),
    content: z
      .string()
      .max(
        maxExchangeImportBytes,
        `the file is larger than the import limit of ${maxExchangeImportBytes / 1024 / 1024} MB`,
      )
      .transform(repairLoneSurrogates),
    ...extra,
  };
  return z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('glossary'),
      format: z.enum(glossaryImportFormats).optional(),
      ...file,
    }),
    z.strictObject({ kind: z.literal('dataset'), format: z.enum(datasetImportFormats).optional(), ...file }),
  ]);
}

const tableColumns = z.array(z.enum(glossaryTableColumns)).min(1).max(glossaryTableColumns.length);
const exportArticleIds = z.array(id).min(1).max(10000);
const exportLabels = z.array(label).min(1).max(100);
/// For sharing outside the newsroom: what `exportLeftOutKeys` names is left out.
const privacy = z.boolean().optional();

/// What the Export dialog asks for: a glossary (its format, CSV dialect and columns, approved
/// entries only, some labels or articles), a dataset (its format, some labels or articles), and
/// whether it is shared outside the newsroom; or the claims (ClaimReview or CSV with its dialect,
/// some articles), which have no privacy profile: ClaimReview is for publishing, and the CSV is
/// for the newsroom's editors.
const exportRequest = z.discriminatedUnion('kind', [
  z
    .strictObject({
      kind: z.literal('glossary'),
      format: z.enum(glossaryExportFormats),
      dialect: z.enum(csvDialects).optional(),
      approvedOnly: z.boolean().optional(),
      labels: exportLabels.optional(),
      articleIds: exportArticleIds.optional(),
      columns: tableColumns.optional(),
      privacy,
    })
    .refine((input) => input.columns === undefined || input.format === 'csv' || input.format === 'tsv', {
      message: 'columns can only be chosen for a CSV or TSV export',
      path: ['columns'],
    })
    .refine((input) => input.columns === undefined || new Set(input.columns).size === input.columns.length, {
      message: 'a column is named twice',
      path: ['columns'],
    }),
  z.strictObject({
    kind: z.literal('dataset'),
    format: z.enum(datasetExportFormats),
    labels: exportLabels.optional(),
    articleIds: exportArticleIds.optional(),
    privacy,
  }),
  z
    .strictObject({
      kind: z.literal('claims'),
      format: z.enum(claimExportFormats),
      dialect: z.enum(csvDialects).optional(),
      articleIds: exportArticleIds.optional(),
    })
    .refine((input) => input.dialect === undefined || input.format === 'csv', {
      message: 'a CSV dialect can only be chosen for the claims CSV',
      path: ['dialect'],
    }),
]);
/// A background export, named by the id `exports.start` gave it.
const exportJob = z.strictObject({
  jobId: wellFormedString().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not an export id'),
});

/// Input schema of every operation; handlers receive only what these accept. `satisfies` makes a
/// missing or extra operation a compile error.
export const inputSchemas = {
  'articles.import': z.strictObject({
    files: z
      .array(
        z.strictObject({
          name: wellFormedString().min(1).max(1024),
          /// The file's bytes, base64-encoded.
          data: wellFormedString().max(Math.ceil((maxImportBytes * 4) / 3) + 8),
        }),
      )
      .min(1)
      .max(maxImportFilesPerCall),
    force,
  }),
  'articles.importUrl': z.strictObject({ url: wellFormedString().trim().min(1).max(2048), force }),
  'articles.importText': z.strictObject({
    /// Pasted content: plain text, or HTML when `format` is `html`.
    /// Repaired rather than refused, as importing any text is: a paste is not lost over half an emoji.
    content: z.string().min(1).max(maxImportBytes).transform(repairLoneSurrogates),
    format: z.enum(['text', 'html']),
    force,
  }),
  'articles.list': z.strictObject({}),
  'articles.get': z.strictObject({ id }),
  'articles.update': z.strictObject({
    id,
    title: wellFormedString().trim().min(1).max(500).optional(),
    byline: wellFormedString().trim().max(500).nullable().optional(),
    /// ISO 8601 date (`YYYY-MM-DD`) or date-time.
    publishedAt: z.iso
      .date()
      .or(z.iso.datetime({ offset: true }))
      .nullable()
      .optional(),
    sourceUrl: z
      .url({ protocol: /^https?$/ })
      .refine(isWellFormedText, loneSurrogateMessage)
      .nullable()
      .optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language is a BCP 47 tag such as fr or fr-CA')
      .optional(),
  }),
  'articles.delete': z.strictObject({ id }),
  'annotations.list': z.strictObject({ articleId: id }),
  'annotations.create': z.strictObject({
    ...span,
    kind: z.literal('entity'),
    label,
    /// An entry to link to; null asks for a new entry; absent links to the matching entry or a new one.
    glossaryEntryId: id.nullable().optional(),
  }),
  'annotations.createAll': z.strictObject({ annotationId: id }),
  'annotations.update': z
    .strictObject({
      id,
      label: label.optional(),
      /// An entry to link to, or null to unlink.
      glossaryEntryId: id.nullable().optional(),
      /// Links to a new draft entry named by the mention's words, with the annotation's label.
      newEntry: z.literal(true).optional(),
    })
    .refine((input) => !(input.newEntry && input.glossaryEntryId !== undefined), {
      message: 'newEntry and glossaryEntryId cannot be given together',
      path: ['newEntry'],
    }),
  'annotations.delete': z.strictObject({ id }),
  'claims.create': z.strictObject(span),
  'claims.get': z.strictObject({ annotationId: id }),
  'claims.update': z.strictObject({
    annotationId: id,
    /// A Person or Organisation entry, an unnamed source described in words, or nobody.
    claimant: z
      .discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('entry'), entryId: id }),
        z.strictObject({
          kind: z.literal('unattributed'),
          description: wellFormedString().trim().min(1).max(500),
        }),
        z.strictObject({ kind: z.literal('none') }),
      ])
      .optional(),
    claimDate: z.iso.date().nullable().optional(),
    englishText: wellFormedString().max(5000).optional(),
    verdict: z.enum(claimVerdicts).optional(),
    reviewSummary: wellFormedString().max(5000).optional(),
    evidence: z
      .array(
        z.strictObject({
          url: httpUrl,
          title: wellFormedString().trim().max(500),
          note: wellFormedString().max(2000),
        }),
      )
      .max(maxClaimEvidence)
      .optional(),
    reviewer: wellFormedString().trim().max(200).optional(),
    reviewDate: z.iso.date().nullable().optional(),
    /// The published fact-check's address, or the empty string.
    factCheckUrl: httpUrl.or(z.literal('')).optional(),
  }),
  'claims.list': z.strictObject({
    articleId: id.optional(),
    verdicts: z.array(z.enum(claimVerdicts)).min(1).max(claimVerdicts.length).optional(),
    claimantEntryId: id.optional(),
    /// Claims made on or after this date.
    from: z.iso.date().optional(),
    /// Claims made on or before this date.
    to: z.iso.date().optional(),
    /// Words looked for in the French claim and its English translation.
    query: wellFormedString().trim().min(1).max(500).optional(),
    sort: z.enum(['article', 'date', 'verdict', 'claimant']).optional(),
  }),
  /// Splits the article into sentence segments: the whole text, or only the given ranges (the
  /// paragraphs or claims the user picked). Text already segmented keeps its segments; answers
  /// every segment of the article in text order. One undo step.
  'translation.segment': z.strictObject({
    articleId: id,
    ranges: z
      .array(z.strictObject({ start: z.number().int().nonnegative(), end: z.number().int().positive() }))
      .min(1)
      .max(10000)
      .optional(),
  }),
  /// The article's segments in text order.
  'segments.list': z.strictObject({ articleId: id }),
  /// Saves a segment's English text and/or status (each save one undo step). Confirming it
  /// (translated or reviewed) fills its repeats: the segments of the workspace with the same
  /// normalised source that are new, or propagated from another, and not exceptions.
  'segments.update': z.strictObject({
    id,
    target: wellFormedString().max(20000).optional(),
    status: z.enum(segmentStatuses).optional(),
    /// Make this segment an exception to propagation (true) or let repeats fill it again.
    propagationException: z.boolean().optional(),
    ignoredIssues: z
      .array(
        z.strictObject({
          key: wellFormedString().trim().min(1).max(500),
          reason: wellFormedString().trim().max(500),
        }),
      )
      .max(200)
      .optional(),
  }),
  /// Joins a segment with the one right after it in the same text block; their targets are
  /// joined by a space.
  'segments.merge': z.strictObject({ id }),
  /// Splits a segment in two at an offset of `article.text` strictly inside it; the target stays
  /// with the first half.
  'segments.split': z.strictObject({ id, at: z.number().int().positive() }),
  /// Progress of the given articles' translations (every article with segments when omitted).
  'translation.progress': z.strictObject({ articleIds: z.array(id).min(1).max(10000).optional() }),
  /// Glossary entries rendered more than one way in translated segments across the workspace.
  'translation.drift': z.strictObject({}),
  /// Replaces, in the given segments' targets, the entry's variants to avoid by its preferred
  /// English term. One undo step.
  'translation.fixDrift': z.strictObject({ entryId: id, segmentIds: z.array(id).min(1).max(10000) }),
  /// The article's translation as a file: the English article or a bilingual XLIFF 2.1.
  'translation.export': z.strictObject({
    articleId: id,
    format: z.enum(translationExportFormats),
    untranslated: z.enum(untranslatedPolicies).default('mark'),
  }),
  /// Reads an XLIFF 2.1 file written by `translation.export`: targets and states update the
  /// article's segments (one undo step).
  'translation.import': z.strictObject({
    fileName: wellFormedString().trim().min(1).max(255),
    content: z
      .string()
      .max(
        maxExchangeImportBytes,
        `the file is larger than the import limit of ${maxExchangeImportBytes / 1024 / 1024} MB`,
      )
      .transform(repairLoneSurrogates),
  }),
  'labels.list': z.strictObject({}),
  'labels.create': z.strictObject({
    nameEn: labelName,
    nameFr: labelName,
    colour,
    shortcut: shortcut.optional(),
  }),
  'labels.update': z.strictObject({
    id,
    nameEn: labelName.optional(),
    nameFr: labelName.optional(),
    colour: colour.optional(),
    shortcut: shortcut.optional(),
  }),
  'labels.reorder': z.strictObject({ ids: z.array(id).min(1).max(100) }),
  'labels.delete': z.strictObject({
    id,
    /// What becomes of the label's annotations and entries: deleted, or moved to `reassignTo`.
    annotations: z.enum(['delete', 'reassign']),
    reassignTo: id.optional(),
  }),
  'glossary.list': z.strictObject({
    query: wellFormedString().max(200).default(''),
    label: label.optional(),
    status: status.optional(),
    sort: z.enum(['frenchTerm', 'englishTerm', 'mentions', 'articles', 'updated']).default('frenchTerm'),
  }),
  'glossary.get': z.strictObject({ id }),
  'glossary.create': z.strictObject({
    label,
    frenchTerm: term,
    frenchVariants: terms.default([]),
    englishTerm: glossaryFields.englishTerm.default(''),
    englishAvoid: terms.default([]),
    decision: decision.default('translate'),
    note: glossaryFields.note.default(''),
    wikidataId: wikidataId.default(''),
    status: status.default('draft'),
  }),
  'glossary.update': z.strictObject({
    id,
    label: label.optional(),
    frenchTerm: term.optional(),
    frenchVariants: terms.optional(),
    englishTerm: glossaryFields.englishTerm.optional(),
    englishAvoid: terms.optional(),
    decision: decision.optional(),
    note: glossaryFields.note.optional(),
    wikidataId: wikidataId.optional(),
    status: status.optional(),
  }),
  'glossary.delete': z.strictObject({ id }),
  'glossary.merge': z.strictObject({ targetId: id, sourceId: id }),
  'glossary.split': z.strictObject({ entryId: id, annotationIds: z.array(id).min(1).max(10000) }),
  'glossary.mentions': z.strictObject({ id }),
  'glossary.candidates': z.strictObject({ ...span, label: label.optional() }),
  'glossary.export': z
    .strictObject({
      format: z.enum(glossaryExportFormats),
      /// How the CSV is written (`standard` without it).
      dialect: z.enum(csvDialects).optional(),
      /// Only the approved entries (every entry without it).
      approvedOnly: z.boolean().optional(),
      /// Only the entries of these labels (keys).
      labels: z.array(label).min(1).max(100).optional(),
      /// Only the entries with a mention in one of these articles.
      articleIds: z.array(id).min(1).max(10000).optional(),
      /// The columns of a CSV or TSV export, in this order (each format's default without it).
      columns: z.array(z.enum(glossaryTableColumns)).min(1).max(glossaryTableColumns.length).optional(),
    })
    .refine((input) => input.columns === undefined || input.format === 'csv' || input.format === 'tsv', {
      message: 'columns can only be chosen for a CSV or TSV export',
      path: ['columns'],
    })
    .refine((input) => input.columns === undefined || new Set(input.columns).size === input.columns.length, {
      message: 'a column is named twice',
      path: ['columns'],
    }),
  'exports.preview': exportRequest,
  'exports.start': exportRequest,
  'exports.status': exportJob,
  'exports.cancel': exportJob,
  'exports.save': exportJob,
  'suggestions.list': z.strictObject({
    articleId: id,
    /// Only this entry's suggestions (those a new entry brings, without listing every other's).
    entryId: id.optional(),
  }),
  'suggestions.accept': z.strictObject({ ...span, entryId: id }),
  'suggestions.acceptAll': z.strictObject({ articleId: id, entryId: id.optional() }),
  'suggestions.reject': z.strictObject({ ...span, entryId: id }),
  'suggestions.rejectAll': z.strictObject({ articleId: id, entryId: id.optional() }),
  'history.state': z.strictObject({}),
  'history.undo': z.strictObject({}),
  'history.redo': z.strictObject({}),
  'workspace.info': z.strictObject({}),
  'workspace.setAuthor': z.strictObject({ name: authorName }),
  'workspace.setPublisher': z.strictObject({
    name: wellFormedString().trim().min(1).max(200),
    url: httpUrl.or(z.literal('')).default(''),
  }),
  'backups.list': z.strictObject({}),
  'backups.create': z.strictObject({}),
  'backups.restore': z.strictObject({
    fileName: z
      .string()
      .min(1)
      .max(255)
      .regex(/^[^/\\]+\.sqlite$/, 'a backup is named by its file name in the backups folder'),
  }),
  'imports.inspect': exchangeImport({}),
  'imports.run': exchangeImport({
    /// By conflict key (`ImportConflict.key`); a conflict without one keeps the workspace's term.
    decisions: z.record(z.string().max(20), z.enum(importConflictDecisions)).default({}),
    /// A file's label name → the key of the existing label its spans or entries go to; a label
    /// not listed is found by name or created.
    labelMapping: z.record(wellFormedString().max(200), label).default({}),
  }),
} satisfies Record<OperationName, z.ZodType>;

/// What an undo or redo did: the action reverted or replayed, the articles it touched (so
/// views showing them reload), and what undo and redo would do next.
export interface HistoryStep {
  readonly message: HistoryMessage | null;
  readonly articleIds: readonly number[];
  readonly state: HistoryState;
}

/// What a single import (a URL, pasted content) resolves to: the article stored, or the one
/// already holding its text; a failure is a rejected call, not an outcome.
export type StoredImport = Exclude<ImportOutcome, { readonly status: 'failed' }>;

/// A glossary entry of a file whose English term differs from the workspace's entry of the same
/// folded French term; `key` (the file line, as text) names it in `imports.run`'s decisions.
export interface ImportConflict {
  readonly key: string;
  readonly line: number;
  readonly frenchTerm: string;
  readonly mine: string;
  readonly theirs: string;
  /// What was done (after a run), or would be done with no decision (after an inspection).
  readonly decision: ImportConflictDecision;
}

/// What an import of a glossary or a dataset does (`imports.inspect`, from a dry run of the same
/// import that is rolled back) or did (`imports.run`). `newLabels` are the file's labels the
/// workspace lacks (created by the run unless mapped).
export type ImportSummary =
  | {
      readonly kind: 'glossary';
      readonly fileName: string;
      readonly format: GlossaryImportFormat;
      readonly entries: number;
      readonly created: number;
      readonly merged: number;
      readonly unchanged: number;
      readonly conflicts: readonly ImportConflict[];
      readonly newLabels: readonly string[];
    }
  | {
      readonly kind: 'dataset';
      readonly fileName: string;
      readonly format: DatasetImportFormat;
      readonly records: number;
      readonly articlesCreated: number;
      readonly articlesMatched: number;
      readonly spansImported: number;
      readonly spansAlreadyThere: number;
      /// Spans not stored, by the line of the file they came from, with the reason in English.
      readonly problems: readonly { readonly line: number; readonly message: string }[];
      readonly newLabels: readonly string[];
      /// The articles the spans went to (created or matched), so the views showing them reload.
      readonly articleIds: readonly number[];
    };

/// The open workspace as the app shows it: whether it can only be read, its file and its name.
export interface WorkspaceInfo {
  readonly readOnly: boolean;
  /// The workspace file's path (`:memory:` for a workspace held in memory).
  readonly path: string;
  /// The file's name without its folder and extension.
  readonly name: string;
  /// The name recorded as the author of what is marked (a workspace setting), null until set.
  readonly author: string | null;
  /// Who publishes the workspace's fact-checks (a workspace setting), null until set.
  readonly publisher: WorkspacePublisher | null;
}

/// The newsroom or person that publishes fact-checks: the ClaimReview `author`.
export interface WorkspacePublisher {
  readonly name: string;
  /// Its home page, or the empty string.
  readonly url: string;
}

/// The start of an export as the Export dialog previews it: the first lines of the file (of the
/// first article's `.ann` for brat), how much it holds, and what the privacy profile leaves out
/// (each a key the UI words as `exportDialog.leftOut.<key>`, with how many are left out).
export interface ExportPreview {
  readonly fileName: string;
  readonly lines: readonly string[];
  /// Whether the file goes on after `lines`.
  readonly more: boolean;
  readonly counts:
    | { readonly kind: 'glossary'; readonly entries: number }
    | { readonly kind: 'dataset'; readonly articles: number; readonly spans: number }
    | ClaimsExportCounts;
  readonly leftOut: readonly { readonly key: ExportLeftOutKey; readonly count: number }[];
}

/// What a ClaimReview needs that a claim may lack: its English text (`claimReviewed`), the
/// address of the published fact-check (`url`), and the workspace's publisher (`author`).
export type ClaimReviewGap = 'englishText' | 'factCheckUrl' | 'publisher';

/// A claim with a verdict that a ClaimReview export leaves out, and what it lacks.
export interface IncompleteClaimReview {
  readonly annotationId: number;
  readonly articleId: number;
  readonly quote: string;
  readonly missing: readonly ClaimReviewGap[];
}

/// How much a claims export holds: its ClaimReviews or CSV rows; for ClaimReview also the claims
/// with a verdict it leaves out (with what each lacks) and how many have no rating to publish.
export type ClaimsExportCounts =
  | { readonly kind: 'claims'; readonly format: 'csv'; readonly claims: number }
  | {
      readonly kind: 'claims';
      readonly format: 'claimreview';
      readonly claims: number;
      readonly incomplete: readonly IncompleteClaimReview[];
      readonly unrated: number;
    };

/// Where a background export stands: still writing (`done` of `total` entries or articles),
/// written and ready to save, cancelled, or failed (with why).
export interface ExportJobStatus {
  readonly jobId: string;
  readonly state: 'running' | 'done' | 'cancelled' | 'failed';
  readonly done: number;
  readonly total: number;
  readonly fileName: string;
  readonly error?: ErrorBody;
}

/// How a finished export reached the user: saved where they chose in the desktop app's save
/// dialog, not saved (they closed the dialog), or (web mode) a one-time download address.
export type ExportDelivery =
  | { readonly delivery: 'saved'; readonly path: string }
  | { readonly delivery: 'notSaved' }
  | { readonly delivery: 'download'; readonly url: string };

/// What each operation resolves to; `ByOperation` makes a missing or extra operation a compile error.
export type OperationResults = ByOperation<{
  'articles.import': { readonly results: readonly ImportOutcome[] };
  'articles.importUrl': StoredImport;
  'articles.importText': StoredImport;
  'articles.list': readonly ArticleSummary[];
  'articles.get': Article;
  'articles.update': Article;
  'articles.delete': { readonly deleted: number };
  'annotations.list': readonly Annotation[];
  'annotations.create': Annotation;
  'annotations.createAll': readonly Annotation[];
  'annotations.update': Annotation;
  'annotations.delete': { readonly deleted: number };
  'claims.create': Claim;
  'claims.get': Claim;
  'claims.update': Claim;
  'claims.list': readonly Claim[];
  'translation.segment': readonly Segment[];
  'segments.list': readonly Segment[];
  /// The saved segment, and the repeats its confirmation filled.
  'segments.update': { readonly segment: Segment; readonly propagated: readonly Segment[] };
  'segments.merge': readonly Segment[];
  'segments.split': readonly Segment[];
  'translation.progress': readonly TranslationProgress[];
  'translation.drift': readonly DriftEntry[];
  'translation.fixDrift': { readonly fixed: readonly Segment[] };
  /// `content` is the file's text, or for `.docx` its bytes in base64 (`encoding`).
  'translation.export': {
    readonly fileName: string;
    readonly mimeType: string;
    readonly encoding: 'utf-8' | 'base64';
    readonly content: string;
    /// How many segments had no English text (marked or left out, as asked).
    readonly untranslated: number;
  };
  'translation.import': {
    readonly articleId: number;
    readonly updated: number;
    readonly unchanged: number;
    readonly segments: readonly Segment[];
  };
  'labels.list': readonly Label[];
  'labels.create': Label;
  'labels.update': Label;
  'labels.reorder': readonly Label[];
  'labels.delete': {
    readonly deleted: number;
    readonly annotationsDeleted: number;
    readonly annotationsMoved: number;
  };
  'glossary.list': readonly GlossaryEntry[];
  'glossary.get': GlossaryEntry;
  'glossary.create': GlossaryEntry;
  'glossary.update': GlossaryEntry;
  'glossary.delete': { readonly deleted: number; readonly unlinkedMentions: number };
  'glossary.merge': { readonly entry: GlossaryEntry; readonly conflicts: readonly MergeConflict[] };
  'glossary.split': GlossaryEntry;
  'glossary.mentions': readonly GlossaryMention[];
  'glossary.candidates': readonly GlossaryEntry[];
  'glossary.export': { readonly fileName: string; readonly mimeType: string; readonly content: string };
  'exports.preview': ExportPreview;
  'exports.start': ExportJobStatus;
  'exports.status': ExportJobStatus;
  'exports.cancel': ExportJobStatus;
  'exports.save': ExportDelivery;
  'suggestions.list': readonly Suggestion[];
  'suggestions.accept': Annotation;
  'suggestions.acceptAll': readonly Annotation[];
  'suggestions.reject': { readonly rejected: number };
  'suggestions.rejectAll': { readonly rejected: number };
  'history.state': HistoryState;
  'history.undo': HistoryStep;
  'history.redo': HistoryStep;
  'workspace.info': WorkspaceInfo;
  'workspace.setAuthor': WorkspaceInfo;
  'workspace.setPublisher': WorkspaceInfo;
  'backups.list': { readonly workspaceName: string; readonly backups: readonly WorkspaceBackup[] };
  'backups.create': WorkspaceBackup;
  'backups.restore': { readonly restored: WorkspaceBackup; readonly safetyBackup: WorkspaceBackup };
  'imports.inspect': ImportSummary;
  'imports.run': ImportSummary;
}>;

/// Why a backup was taken: on opening the workspace (rolled, only the last few are kept), on the
/// user's request, or just before a restore replaced the workspace's content.
export const backupKinds = ['automatic', 'manual', 'before-restore'] as const;

/// One of `backupKinds`.
export type BackupKind = (typeof backupKinds)[number];

/// One backup of the workspace in the `backups/` folder beside it, newest first in a list.
export interface WorkspaceBackup {
  readonly fileName: string;
  readonly kind: BackupKind;
  /// When it was taken, ISO 8601 in UTC.
  readonly createdAt: string;
  readonly bytes: number;
}

/// The input a caller passes to an operation (defaults may be omitted).
export type OperationInput<K extends OperationName> = z.input<(typeof inputSchemas)[K]>;

/// The input a handler receives after validation (defaults filled in).
export type ValidatedInput<K extends OperationName> = z.output<(typeof inputSchemas)[K]>;

/// The result of an operation.
export type OperationResult<K extends OperationName> = OperationResults[K];

/// How a result or an error travels over IPC and HTTP.
export type Envelope<T> =
  { readonly ok: true; readonly result: T } | { readonly ok: false; readonly error: ErrorBody };

/// The typed client every front end gets: one function per operation.
export type PasserelleApi = {
  [K in OperationName]: (input: OperationInput<K>) => Promise<OperationResult<K>>;
};

/// What the preload exposes as `window.passerelle`: one function per operation, answering an
/// envelope so errors keep their code across the context bridge.
export type PreloadBridge = {
  [K in OperationName]: (input: OperationInput<K>) => Promise<Envelope<OperationResult<K>>>;
};

/// The global name the preload exposes the bridge under.
export const bridgeGlobalName = 'passerelle';
