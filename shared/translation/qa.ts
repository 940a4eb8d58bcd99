import type { Annotation, GlossaryDecision, IgnoredIssue, SegmentStatus } from '../domain';
import { compareFigures } from '../figures/compareFigures';
import { extractFigures, type Figure } from '../figures/extractFigures';
import { compileQaEntry, findTermMatches, foldBoth, foldExact, termForm, type TermForm } from './termMatch';

/// The part of a glossary entry the checks read.
export interface QaEntry {
  readonly id: number;
  readonly frenchTerm: string;
  readonly englishTerm: string;
  readonly englishAvoid: readonly string[];
  readonly decision: GlossaryDecision;
}

/// An entity mention inside the segment linked to a glossary entry; start/end are article.text offsets.
export interface QaMention {
  readonly annotationId: number;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly entry: QaEntry;
  /// the entry's first mention in the article
  readonly firstInArticle: boolean;
}

/// A claim whose span is the segment's, with its stored English translation.
export interface QaClaim {
  readonly annotationId: number;
  readonly englishText: string;
}

/// Everything `checkSegment` reads about one segment.
export interface QaSegmentInput {
  readonly source: string;
  readonly target: string;
  readonly status: SegmentStatus;
  readonly mentions: readonly QaMention[];
  /// claims whose span is this segment's span
  readonly claims: readonly QaClaim[];
  readonly ignoredIssues: readonly IgnoredIssue[];
}

/// Every kind of issue the checks report; the UI's message for each is `qa.<code>`, its params:
/// - `termMissing` (warning) {expected, source}: a term to translate without its English term;
/// - `termAvoided` (error) {found, expected, source}: a variant to avoid, on its range; it counts
///   as a rendering, so "Peking" alone gives `termAvoided` (which names "Beijing"), not also `termMissing`;
/// - `termCount` (warning) {expected, source, count, found}: fewer renderings than the `count` mentions;
/// - `keepMissing` (warning) {expected, source}: an original to keep (or gloss) not found as written;
/// - `glossMissing` (warning) {expected, original, source}: the first mention in the article without its gloss;
/// - `figureMissing` (warning) {figure}, `figureChanged` (error) {expected, found}, on the target figure;
/// - `untranslated`, `identical` (warnings) {}; `doubleSpace` {} and `unbalanced`, `frenchQuotes` {mark},
///   warnings on their range; `claimDiffers` (warning) {annotationId, claim}.
export const qaIssueCodes = [
  'termMissing',
  'termAvoided',
  'termCount',
  'keepMissing',
  'glossMissing',
  'figureMissing',
  'figureChanged',
  'untranslated',
  'identical',
  'doubleSpace',
  'unbalanced',
  'frenchQuotes',
  'claimDiffers',
] as const;

/// One of `qaIssueCodes`.
export type QaIssueCode = (typeof qaIssueCodes)[number];

/// How bad an issue is: an error is wrong (a variant to avoid, a changed figure), a warning may be.
export type QaSeverity = 'error' | 'warning';

/// One thing the checks found in a segment's English text.
export interface QaIssue {
  readonly code: QaIssueCode;
  readonly severity: QaSeverity;
  /// stable while the issue lasts (e.g. `termMissing:<entryId>`), used to ignore it with a reason
  readonly key: string;
  /// values for the UI's message `qa.<code>` (i18next interpolation), e.g. { expected: 'Beijing', found: 'Peking' }
  readonly params: Readonly<Record<string, string | number>>;
  /// where in the target it is, when it is somewhere (UTF-16 offsets), else null
  readonly targetRange: { readonly start: number; readonly end: number } | null;
  /// the reason given when the user ignored it (from ignoredIssues), else null; ignored issues are still returned
  readonly ignoredReason: string | null;
}

type FoundIssue = Omit<QaIssue, 'ignoredReason'>;

/// Checks one segment's English text against its French source, in a fixed order: terms (by
/// mention order), figures, then the form of the text. An empty target gives only
/// `untranslated`: every other check would just say "not written yet". Keep the same `QaEntry`
/// objects from one keystroke to the next: each is compiled once (`compileQaEntry`).
export function checkSegment(input: QaSegmentInput): QaIssue[] {
  const found: FoundIssue[] = [];
  if (input.target.trim() === '') {
    if (hasWordChar(input.source)) found.push(issue('untranslated', 'warning', 'untranslated', {}));
  } else {
    const { exact, caseless } = foldBoth(input.target);
    checkTerms(input.mentions, caseless, exact, found);
    checkFigures(input.source, input.target, found);
    checkIdentical(input.source, input.target, found);
    checkDoubleSpaces(exact, found);
    checkBalance(input.target, found);
    checkFrenchQuotes(input.target, found);
    checkClaims(input.claims, input.target, found);
  }
  return withIgnored(found, input.ignoredIssues);
}

function issue(
  code: QaIssueCode,
  severity: QaSeverity,
  key: string,
  params: Record<string, string | number>,
  targetRange: { start: number; end: number } | null = null,
): FoundIssue {
  return { code, severity, key, params, targetRange };
}

/// Sets each issue's ignored reason; a key found again in the same segment (a second "Peking")
/// takes `#2`, `#3`…, so keys stay unique.
function withIgnored(found: readonly FoundIssue[], ignored: readonly IgnoredIssue[]): QaIssue[] {
  const seen = new Map<string, number>();
  return found.map((one) => {
    const count = (seen.get(one.key) ?? 0) + 1;
    seen.set(one.key, count);
    const key = count === 1 ? one.key : `${one.key}#${count}`;
    const reason = ignored.length === 0 ? undefined : ignored.find((item) => item.key === key)?.reason;
    return { ...one, key, ignoredReason: reason ?? null };
  });
}

/// Each entry's mentions are checked together, so that n mentions ask for n renderings.
function checkTerms(
  mentions: readonly QaMention[],
  caseless: string,
  exact: string,
  found: FoundIssue[],
): void {
  const seen = new Set<number>();
  for (let i = 0; i < mentions.length; i++) {
    const entry = mentions[i]!.entry;
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    const ofEntry = mentions.filter((mention) => mention.entry.id === entry.id);
    checkEntry(entry, ofEntry, caseless, exact, found);
  }
}

function checkEntry(
  entry: QaEntry,
  mentions: readonly QaMention[],
  caseless: string,
  exact: string,
  found: FoundIssue[],
): void {
  const compiled = compileQaEntry(entry);
  const matches = findTermMatches(compiled.english, caseless, exact);
  const source = entry.frenchTerm || mentions[0]!.quote;
  const preferred = entry.englishTerm.trim();
  let preferredCount = 0;
  let avoidedCount = 0;
  for (const match of matches) {
    if (match.form.role === 'preferred') {
      preferredCount++;
      continue;
    }
    avoidedCount++;
    found.push(
      issue(
        'termAvoided',
        'error',
        `termAvoided:${entry.id}:${match.form.needle}`,
        { found: match.form.text, expected: expectedOf(entry), source },
        { start: match.start, end: match.end },
      ),
    );
  }

  if (entry.decision === 'translate') {
    // Nothing to ask for when the glossary has no English term yet.
    if (preferred === '') return;
    // A variant to avoid already says which term is expected (`termAvoided` names it), so it
    // counts as a rendering here instead of adding `termMissing` beside it.
    countRenderings(
      'termMissing',
      entry,
      mentions.length,
      preferredCount + avoidedCount,
      { expected: preferred, source },
      found,
    );
    return;
  }

  const originals = originalsOf(entry, mentions);
  const originalCount = findTermMatches(originals, caseless, exact).length;
  countRenderings(
    'keepMissing',
    entry,
    mentions.length,
    originalCount + avoidedCount,
    { expected: originals[0]?.text ?? source, source },
    found,
  );
  if (
    entry.decision === 'gloss' &&
    preferred !== '' &&
    preferredCount === 0 &&
    mentions.some((mention) => mention.firstInArticle)
  ) {
    found.push(
      issue('glossMissing', 'warning', `glossMissing:${entry.id}`, {
        expected: preferred,
        original: originals[0]?.text ?? source,
        source,
      }),
    );
  }
}

function countRenderings(
  missingCode: 'termMissing' | 'keepMissing',
  entry: QaEntry,
  mentionCount: number,
  renderings: number,
  params: { expected: string; source: string },
  found: FoundIssue[],
): void {
  if (renderings === 0) {
    found.push(issue(missingCode, 'warning', `${missingCode}:${entry.id}`, params));
  } else if (renderings < mentionCount) {
    found.push(
      issue('termCount', 'warning', `termCount:${entry.id}`, {
        ...params,
        count: mentionCount,
        found: renderings,
      }),
    );
  }
}

function expectedOf(entry: QaEntry): string {
  return entry.decision === 'translate' ? entry.englishTerm.trim() || entry.frenchTerm : entry.frenchTerm;
}

// Mentions may be rebuilt for every render; their words repeat, so their forms are kept by quote.
const quoteForms = new Map<string, TermForm | null>();
const quoteFormCacheSize = 1024;

function quoteForm(quote: string): TermForm | null {
  let form = quoteForms.get(quote);
  if (form === undefined) {
    form = termForm(quote, false, 'preferred');
    if (quoteForms.size >= quoteFormCacheSize) quoteForms.delete(quoteForms.keys().next().value!);
    quoteForms.set(quote, form);
  }
  return form;
}

/// The forms a kept original may take: the entry's French term, then each mention's own words.
function originalsOf(entry: QaEntry, mentions: readonly QaMention[]): TermForm[] {
  const forms: TermForm[] = [];
  const own = compileQaEntry(entry).original;
  if (own) forms.push(own);
  for (const mention of mentions) {
    const form = quoteForm(mention.quote);
    if (form && !forms.some((known) => known.needle === form.needle)) forms.push(form);
  }
  return forms;
}

// The source of a segment never changes while its target is typed: its figures are kept for the
// last sources checked.
const sourceFigures = new Map<string, readonly Figure[]>();
const sourceFigureCacheSize = 256;

function figuresOfSource(source: string): readonly Figure[] {
  const cached = sourceFigures.get(source);
  if (cached) return cached;
  const figures = extractFigures(source, 'fr');
  if (sourceFigures.size >= sourceFigureCacheSize) sourceFigures.delete(sourceFigures.keys().next().value!);
  sourceFigures.set(source, figures);
  return figures;
}

function checkFigures(source: string, target: string, found: FoundIssue[]): void {
  const sourceList = figuresOfSource(source);
  if (sourceList.length === 0) return;
  const comparison = compareFigures(sourceList, extractFigures(target, 'en'));
  for (const change of comparison.changed) {
    found.push(
      issue(
        'figureChanged',
        'error',
        `figureChanged:${change.source.start}`,
        { expected: change.source.text, found: change.target.text },
        { start: change.target.start, end: change.target.end },
      ),
    );
  }
  for (const missing of comparison.missing) {
    found.push(issue('figureMissing', 'warning', `figureMissing:${missing.start}`, { figure: missing.text }));
  }
}

const letter = /\p{L}/u;
const wordCharacter = /[\p{L}\p{N}]/u;

function hasWordChar(text: string): boolean {
  return wordCharacter.test(text);
}

function checkIdentical(source: string, target: string, found: FoundIssue[]): void {
  if (letter.test(source) && normalizeSpaces(source) === normalizeSpaces(target)) {
    found.push(issue('identical', 'warning', 'identical', {}));
  }
}

const spaceRun = /[\s\u00a0\u202f]+/g;

function normalizeSpaces(text: string): string {
  return text.replace(spaceRun, ' ').trim();
}

const doubledSpace = / {2,}/g;

const wordBefore = /[\p{L}\p{N}']*$/u;
const wordAfter = /^[\p{L}\p{N}']*/u;

/// Keyed by the words around it, so that fixing one doubled space leaves the others' keys alone.
function checkDoubleSpaces(exact: string, found: FoundIssue[]): void {
  for (const match of exact.matchAll(doubledSpace)) {
    const end = match.index + match[0].length;
    const before = wordBefore.exec(exact.slice(Math.max(0, match.index - 40), match.index))?.[0] ?? '';
    const after = wordAfter.exec(exact.slice(end, end + 40))?.[0] ?? '';
    found.push(
      issue('doubleSpace', 'warning', `doubleSpace:${before}|${after}`, {}, { start: match.index, end }),
    );
  }
}

const closers: Readonly<Record<string, string>> = { ')': '(', ']': '[', '”': '“', '’': '‘' };
const openers = new Set(['(', '[', '“', '‘']);

/// Brackets and curly quotes must pair up, straight double quotes come in twos; a ’ closes a ‘
/// only when one is open and it is not inside a word, else it is an apostrophe.
function checkBalance(target: string, found: FoundIssue[]): void {
  const open: number[] = [];
  const unmatched: number[] = [];
  let straight = -1;
  for (let i = 0; i < target.length; i++) {
    const char = target.charAt(i);
    if (openers.has(char)) {
      open.push(i);
    } else if (char === '"') {
      straight = straight === -1 ? i : -1;
    } else if (char in closers) {
      const top = open.length > 0 ? target.charAt(open[open.length - 1]!) : '';
      if (char === '’' && (top !== '‘' || (isLetter(target, i - 1) && isLetter(target, i + 1)))) continue;
      if (top === closers[char]) open.pop();
      else unmatched.push(i);
    }
  }
  unmatched.push(...open);
  if (straight !== -1) unmatched.push(straight);
  unmatched.sort((a, b) => a - b);
  for (const at of unmatched) {
    const mark = target.charAt(at);
    found.push(issue('unbalanced', 'warning', `unbalanced:${mark}`, { mark }, { start: at, end: at + 1 }));
  }
}

function isLetter(text: string, index: number): boolean {
  return index >= 0 && index < text.length && letter.test(text.charAt(index));
}

const frenchQuote = /[«»]/g;

function checkFrenchQuotes(target: string, found: FoundIssue[]): void {
  for (const match of target.matchAll(frenchQuote)) {
    const mark = match[0];
    found.push(
      issue(
        'frenchQuotes',
        'warning',
        `frenchQuotes:${mark}`,
        { mark },
        { start: match.index, end: match.index + 1 },
      ),
    );
  }
}

function checkClaims(claims: readonly QaClaim[], target: string, found: FoundIssue[]): void {
  if (claims.length === 0) return;
  const normalizedTarget = foldExact(normalizeSpaces(target));
  for (const claim of claims) {
    const stored = foldExact(normalizeSpaces(claim.englishText));
    if (stored === '' || stored === normalizedTarget) continue;
    found.push(
      issue('claimDiffers', 'warning', `claimDiffers:${claim.annotationId}`, {
        annotationId: claim.annotationId,
        claim: claim.englishText.trim(),
      }),
    );
  }
}

/// The annotation ids of each glossary entry's first mention in its article (the entity
/// annotation linked to it that starts first, then the lowest id), computed once for a view.
export function firstMentionIds(annotations: readonly Annotation[]): ReadonlySet<number> {
  const first = new Map<string, Annotation>();
  for (const annotation of annotations) {
    if (annotation.kind !== 'entity' || annotation.glossaryEntryId === null) continue;
    const key = `${annotation.articleId}:${annotation.glossaryEntryId}`;
    const known = first.get(key);
    if (
      !known ||
      annotation.start < known.start ||
      (annotation.start === known.start && annotation.id < known.id)
    ) {
      first.set(key, annotation);
    }
  }
  return new Set(Array.from(first.values(), (annotation) => annotation.id));
}

/// The QA mentions of a segment: the entity annotations (kind 'entity', glossaryEntryId set) inside [segment.start, segment.end), with firstInArticle computed over all the article's annotations.
/// Pass `firstIds` (from `firstMentionIds`) when calling it for many segments of one view, or
/// use `qaMentionsOfSegments`.
export function qaMentionsOfSegment(
  segment: { readonly start: number; readonly end: number },
  annotations: readonly Annotation[],
  entries: ReadonlyMap<number, QaEntry>,
  firstIds: ReadonlySet<number> = firstMentionIds(annotations),
): QaMention[] {
  const mentions: QaMention[] = [];
  for (const annotation of annotations) {
    if (annotation.start < segment.start || annotation.end > segment.end) continue;
    const mention = qaMention(annotation, entries, firstIds);
    if (mention) mentions.push(mention);
  }
  return mentions.sort(byPosition);
}

/// `qaMentionsOfSegment` for every segment of an article at once, in the order of `segments`:
/// the annotations are sorted once and each segment finds its own by binary search, so a view of
/// 3,000 segments over 5,000 annotations costs no more than sorting them.
export function qaMentionsOfSegments(
  segments: readonly { readonly start: number; readonly end: number }[],
  annotations: readonly Annotation[],
  entries: ReadonlyMap<number, QaEntry>,
): QaMention[][] {
  const firstIds = firstMentionIds(annotations);
  const mentions: QaMention[] = [];
  for (const annotation of annotations) {
    const mention = qaMention(annotation, entries, firstIds);
    if (mention) mentions.push(mention);
  }
  mentions.sort(byPosition);
  return segments.map((segment) => {
    let low = 0;
    let high = mentions.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (mentions[middle]!.start < segment.start) low = middle + 1;
      else high = middle;
    }
    const inside: QaMention[] = [];
    for (let i = low; i < mentions.length && mentions[i]!.start < segment.end; i++) {
      if (mentions[i]!.end <= segment.end) inside.push(mentions[i]!);
    }
    return inside;
  });
}

function qaMention(
  annotation: Annotation,
  entries: ReadonlyMap<number, QaEntry>,
  firstIds: ReadonlySet<number>,
): QaMention | null {
  if (annotation.kind !== 'entity' || annotation.glossaryEntryId === null) return null;
  const entry = entries.get(annotation.glossaryEntryId);
  if (!entry) return null;
  return {
    annotationId: annotation.id,
    start: annotation.start,
    end: annotation.end,
    quote: annotation.quote,
    entry,
    firstInArticle: firstIds.has(annotation.id),
  };
}

function byPosition(a: QaMention, b: QaMention): number {
  return a.start - b.start || a.annotationId - b.annotationId;
}
