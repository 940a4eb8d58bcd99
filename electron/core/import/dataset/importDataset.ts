import type { Node } from 'prosemirror-model';
import { articleText } from '../../../../shared/articleText';
import { codePointOffsets, type CodePointOffsets } from '../../../../shared/offsets';
import { claimLabelKey, defaultClaimVerdict } from '../../../../shared/claims/claimFields';
import { glossaryDecisions, glossaryStatuses, type Label } from '../../../../shared/domain';
import { normalizeWithOffsets } from '../../../../shared/normalizedOffsets';
import { normalizeText } from '../../../../shared/normalizeText';
import { articleSchema } from '../../../../shared/schema';
import { writeAnnotationRow } from '../../annotations/annotations';
import { storeArticle } from '../../articles/articles';
import { contentHash } from '../storedForm';
import type { CoreContext } from '../../coreContext';
import {
  entryFields,
  getGlossaryEntry,
  writeGlossaryEntry,
  type GlossaryFields,
} from '../../glossary/glossaryEntries';
import { mentionLinker } from '../../glossary/glossaryLinking';
import { recordAction } from '../../history/recordAction';
import { importedLabels } from '../../labels/importedLabels';
import { cachedStatement } from '../../store/rows';
import { refuseWhenReadOnly } from '../../store/storeError';
import { currentAuthor } from '../../workspace/currentAuthor';
import { claimantEntryNamed } from '../../claims/prefillClaimant';
import type { DatasetRecord, RecordClaim, RecordSpan } from './readDatasetFile';

/// A span that was not stored, and why, by the line of the file it came from.
export interface DatasetProblem {
  readonly line: number;
  readonly message: string;
}

/// What an import of a dataset did.
export interface DatasetImportSummary {
  readonly articlesCreated: number;
  readonly articlesMatched: number;
  readonly spansImported: number;
  readonly spansAlreadyThere: number;
  readonly labelsCreated: readonly string[];
  readonly problems: readonly DatasetProblem[];
  /// The articles created or matched, in the order of the file.
  readonly articleIds: readonly number[];
}

/// The document of a dataset text whose `articleText` is that text exactly: a paragraph per
/// blank-line-separated block, a hard break per single line break, so every offset stays put.
export function exactDoc(text: string): Node {
  return articleSchema.node(
    'doc',
    null,
    text.split('\n\n').map((block) =>
      articleSchema.node(
        'paragraph',
        null,
        block
          .split('\n')
          .flatMap((line, index) => [
            ...(index > 0 ? [articleSchema.nodes.hard_break.create()] : []),
            ...(line === '' ? [] : [articleSchema.text(line)]),
          ]),
      ),
    ),
  );
}

// Whether a UTF-16 offset falls between the two halves of a character outside the BMP.
function splitsPair(text: string, offset: number): boolean {
  const low = text.charCodeAt(offset);
  const high = text.charCodeAt(offset - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
}

// Where a span lands in the stored (normalised) text, or why it cannot.
function placeSpan(
  record: DatasetRecord,
  span: RecordSpan,
  normalized: NonNullable<ReturnType<typeof normalizeWithOffsets>>,
  points: CodePointOffsets,
): { start: number; end: number } | string {
  const candidates: [number, number][] = [];
  if (record.unit !== 'utf16') {
    if (span.end <= points.length) candidates.push([points.toUtf16(span.start), points.toUtf16(span.end)]);
  }
  if (record.unit !== 'codePoints' && span.end <= record.text.length) candidates.push([span.start, span.end]);
  if (candidates.length === 0) {
    return `the span ${span.start}–${span.end} ends after the text (${points.length} characters).`;
  }
  const claimed = span.text === undefined ? null : normalizeText(span.text);
  for (const [from, to] of candidates) {
    const start = normalized.mapOffset(from);
    const end = normalized.mapOffset(to);
    if (start === null || end === null || end <= start) continue;
    if (splitsPair(normalized.text, start) || splitsPair(normalized.text, end)) continue;
    if (claimed === null || normalized.text.slice(start, end) === claimed) return { start, end };
  }
  return claimed === null
    ? `the span ${span.start}–${span.end} starts or ends inside a character.`
    : `the span ${span.start}–${span.end} does not slice the text it claims (“${span.text ?? ''}”).`;
}

/// Imports dataset records as one undo step: each record's spans attach to the article holding
/// the same text (after the import normalisation), else to a new article made from it; labels
/// that do not exist are created; entity spans link to glossary entries as marking does (a new
/// entry takes the English term, Wikidata id, decision and status the file gives). A span that
/// does not slice the text it claims is reported with its line and not stored; nothing else is
/// refused, and a failure rolls the whole import back. `labelMapping` sends a file's label to an
/// existing label instead of finding or creating one of its name.
export function importDatasetRecords(
  ctx: CoreContext,
  fileName: string,
  records: readonly DatasetRecord[],
  labelMapping: Readonly<Record<string, string>> = {},
): DatasetImportSummary {
  const articleIds = new Set<number>();
  refuseWhenReadOnly(ctx.store);
  const problems: DatasetProblem[] = [];
  let labelsCreated: readonly string[] = [];
  let articlesCreated = 0;
  let articlesMatched = 0;
  let spansImported = 0;
  let spansAlreadyThere = 0;
  const findArticle = cachedStatement<{ id: number }>(
    ctx.store,
    'SELECT id FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1',
  );
  const mentionsOf = cachedStatement<{ mentions: number }>(
    ctx.store,
    'SELECT count(*) AS mentions FROM annotations WHERE glossary_entry_id = ?',
  );
  const entitySpansOf = cachedStatement<{ start: number; end: number; label: string }>(
    ctx.store,
    `SELECT start, end, CASE kind WHEN 'claim' THEN '${claimLabelKey}' ELSE label END AS label
       FROM annotations WHERE article_id = ?`,
  );

  // The rows an import adds are recorded once at its end (`bulkInserts`): the same undo step,
  // without a trigger firing for each of thousands of rows.
  recordAction(
    ctx,
    () => ({ key: 'history.step.importDataset', params: { fileName, count: spansImported } }),
    () => {
      const labels = importedLabels(ctx, labelMapping);
      const labelByName = new Map<string, Label>();
      const labelFor = (name: string): Label => {
        let label = labelByName.get(name);
        if (label === undefined) {
          label = labels.labelFor(name);
          labelByName.set(name, label);
        }
        return label;
      };
      const linkMention = mentionLinker(ctx);
      // The entity spans each article has, as `checkNotMarkedAlready` would find them, and its
      // claims (a passage is a claim once): read once per article, then kept up to date with
      // what this import adds.
      const markedByArticle = new Map<number, Set<string>>();
      const markedIn = (articleId: number): Set<string> => {
        let marked = markedByArticle.get(articleId);
        if (marked === undefined) {
          marked = new Set(entitySpansOf.all(articleId).map((row) => `${row.start}:${row.end}:${row.label}`));
          markedByArticle.set(articleId, marked);
        }
        return marked;
      };
      // Entries known to have a mention: an import only adds mentions, so one stays known.
      const mentioned = new Set<number>();
      const hasMentions = (entryId: number): boolean => {
        if (mentioned.has(entryId)) return true;
        if ((mentionsOf.get(entryId)?.mentions ?? 0) === 0) return false;
        mentioned.add(entryId);
        return true;
      };
      // One transaction: the author cannot change while it runs, and every span is marked at its
      // moment.
      const author = currentAuthor(ctx) ?? '';
      const createdAt = ctx.now().toISOString();
      for (const record of records) {
        const normalized = normalizeWithOffsets(record.text);
        if (normalized === null || normalized.text.trim() === '') {
          problems.push({
            line: record.line,
            message: 'the text could not be read span by span; the line was skipped.',
          });
          continue;
        }
        const text = normalized.text;
        const found = findArticle.get(contentHash(text))?.id;
        let articleId = found;
        if (articleId === undefined) {
          const doc = exactDoc(text);
          articleId = storeArticle(ctx, fileName, {
            title: record.title ?? (text.split('\n', 1)[0] ?? '').slice(0, 150),
            byline: null,
            publishedAt: record.publishedAt,
            sourceUrl: record.sourceUrl,
            siteName: null,
            language: record.language ?? 'fr',
            encoding: 'utf-8',
            doc,
          });
          // exactDoc keeps every character, so the stored text is the normalised one.
          if (articleText(doc) !== text) throw new Error('exactDoc changed the text of a dataset line.');
          articlesCreated += 1;
        } else articlesMatched += 1;
        articleIds.add(articleId);
        const points = codePointOffsets(record.text);
        const marked = markedIn(articleId);
        const claims: { id: number; claim: RecordClaim | undefined }[] = [];
        for (const span of record.spans) {
          const placed = placeSpan(record, span, normalized, points);
          if (typeof placed === 'string') {
            problems.push({ line: record.line, message: placed });
            continue;
          }
          // A claim has no workspace label: whatever the file calls it, it is stored as a claim.
          const labelKey = span.kind === 'claim' ? claimLabelKey : labelFor(span.label).key;
          const markKey = `${placed.start}:${placed.end}:${labelKey}`;
          if (marked.has(markKey)) {
            spansAlreadyThere += 1;
            continue;
          }
          const mention = { articleId, text, ...placed };
          // A new entry is made with what the file says of it; an entry without mentions yet
          // takes it too.
          let made = false;
          const entryId =
            span.kind === 'entity'
              ? linkMention(labelKey, mention, (draft) => {
                  made = true;
                  return { ...draft, ...fileEntryFields(span) };
                })
              : null;
          if (entryId !== null && !made && !hasMentions(entryId)) applyEntryFields(ctx, entryId, span);
          const id = writeAnnotationRow(
            ctx,
            { ...mention, kind: span.kind, label: labelKey, glossaryEntryId: entryId },
            author,
            createdAt,
          );
          if (span.kind === 'claim') claims.push({ id, claim: span.claim });
          marked.add(markKey);
          if (entryId !== null) mentioned.add(entryId);
          spansImported += 1;
        }
        // After the record's entities, so a claimant marked in the same text is found.
        for (const { id, claim } of claims) writeImportedClaim(ctx, id, claim, author, createdAt);
      }
      labelsCreated = labels.created;
    },
    { bulkInserts: true },
  );
  return {
    articlesCreated,
    articlesMatched,
    spansImported,
    spansAlreadyThere,
    labelsCreated,
    problems,
    articleIds: [...articleIds],
  };
}

// A claim's row as the file describes it (a claim without fields is new and unverified); its
// claimant is the Person or Organisation entry of that name, else kept as a description.
function writeImportedClaim(
  ctx: CoreContext,
  id: number,
  claim: RecordClaim | undefined,
  author: string,
  createdAt: string,
): void {
  const claimantEntry = claim?.claimantIsEntry === true ? claimantEntryNamed(ctx, claim.claimant) : null;
  cachedStatement(
    ctx.store,
    `INSERT INTO claims (id, claimant_entry_id, claimant_description, claim_date, english_text, verdict,
       review_summary, evidence, reviewer, review_date, fact_check_url, author, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    claimantEntry,
    claimantEntry === null ? (claim?.claimant ?? '') : '',
    claim?.claimDate ?? null,
    claim?.englishText ?? '',
    claim?.verdict ?? defaultClaimVerdict,
    claim?.reviewSummary ?? '',
    JSON.stringify(claim?.evidence ?? []),
    claim?.reviewer ?? '',
    claim?.reviewDate ?? null,
    claim?.factCheckUrl ?? '',
    author === '' ? null : author,
    createdAt,
    createdAt,
  );
}

// What the file says of a span's entry; fields in a form the glossary refuses are left out.
function fileEntryFields(span: RecordSpan): Partial<GlossaryFields> {
  const decision = glossaryDecisions.find((value) => value === span.decision);
  const status = glossaryStatuses.find((value) => value === span.entryStatus);
  const wikidataId =
    span.wikidataId !== undefined && /^Q[1-9]\d*$/.test(span.wikidataId) ? span.wikidataId : undefined;
  return {
    ...(span.englishTerm === undefined ? {} : { englishTerm: span.englishTerm.trim() }),
    ...(decision === undefined ? {} : { decision }),
    ...(status === undefined ? {} : { status }),
    ...(wikidataId === undefined ? {} : { wikidataId }),
  };
}

// An entry without mentions takes what the file says of it.
function applyEntryFields(ctx: CoreContext, entryId: number, span: RecordSpan): void {
  const fields = fileEntryFields(span);
  if (Object.keys(fields).length === 0) return;
  writeGlossaryEntry(ctx, entryId, { ...entryFields(getGlossaryEntry(ctx, entryId)), ...fields });
}
