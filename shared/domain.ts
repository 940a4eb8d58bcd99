import type { ErrorParams } from './errors';
import type { ClaimVerdict } from './claims/claimFields';
import type { HistoryMessage } from './historyMessages';

/// What the library lists for each article.
export interface ArticleSummary {
  readonly id: number;
  readonly title: string;
  readonly byline: string | null;
  /// Publication date as ISO 8601 (date or date-time), when known.
  readonly publishedAt: string | null;
  /// Where the article came from: its site name, URL or original file name.
  readonly source: string | null;
  readonly fileName: string | null;
  readonly importedAt: string;
  readonly annotationCount: number;
}

/// A whole article: its metadata, its ProseMirror document as JSON, and its plain text.
export interface Article extends ArticleSummary {
  readonly sourceUrl: string | null;
  readonly siteName: string | null;
  readonly language: string;
  /// The encoding the bytes were decoded from (e.g. `utf-8`, `windows-1252`).
  readonly encoding: string | null;
  readonly doc: DocJSON;
  /// Plain text derived from `doc` by `articleText`; annotation offsets index into it.
  readonly text: string;
}

/// A ProseMirror document in its JSON form.
export interface DocJSON {
  readonly type: 'doc';
  readonly content?: readonly unknown[];
}

/// Whether an annotation marks an entity or a claim.
export type AnnotationKind = 'entity' | 'claim';

/// A stand-off span over an article's plain text, in UTF-16 offsets.
export interface Annotation {
  readonly id: number;
  readonly articleId: number;
  readonly start: number;
  readonly end: number;
  readonly kind: AnnotationKind;
  /// The `key` of the workspace label the span is marked with.
  readonly label: string;
  /// The exact text of `article.text.slice(start, end)` (TextQuoteSelector `exact`).
  readonly quote: string;
  readonly prefix: string;
  readonly suffix: string;
  /// The glossary entry this entity mention is linked to.
  readonly glossaryEntryId: number | null;
  /// Who marked it (the workspace's name setting then), or null when unknown.
  readonly author: string | null;
  readonly createdAt: string;
}

/// How an entity's name is rendered in English (translate it, keep the original, keep it with
/// a gloss), in the order the UI lists them.
export const glossaryDecisions = ['translate', 'keep', 'gloss'] as const;

/// One of `glossaryDecisions`.
export type GlossaryDecision = (typeof glossaryDecisions)[number];

/// Whether a glossary entry is still a draft or has been approved, in the order the UI lists them.
export const glossaryStatuses = ['draft', 'approved'] as const;

/// One of `glossaryStatuses`.
export type GlossaryStatus = (typeof glossaryStatuses)[number];

/// One real-world entity and its English rendering.
export interface GlossaryEntry {
  readonly id: number;
  /// The `key` of the entry's label (its entity type).
  readonly label: string;
  /// Preferred French term.
  readonly frenchTerm: string;
  /// Other French forms that name the same entity (matched like the preferred term).
  readonly frenchVariants: readonly string[];
  /// Preferred English term.
  readonly englishTerm: string;
  /// English renderings to avoid.
  readonly englishAvoid: readonly string[];
  readonly decision: GlossaryDecision;
  /// Definition or note, in English.
  readonly note: string;
  /// Wikidata item id (`Q` and digits) or the empty string.
  readonly wikidataId: string;
  readonly status: GlossaryStatus;
  /// Who added it (the workspace's name setting then), or null when unknown.
  readonly author: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  /// The article the entry was first created from, if any.
  readonly sourceArticleId: number | null;
  readonly mentionCount: number;
  readonly articleCount: number;
}

/// A label of the workspace's label set (entity types such as Person or Place).
export interface Label {
  readonly id: number;
  /// Stable identifier stored on annotations and entries; never changes when renamed.
  readonly key: string;
  readonly nameEn: string;
  readonly nameFr: string;
  /// CSS hex colour, `#rrggbb`.
  readonly colour: string;
  /// Shortcut key `1`–`9`, or null.
  readonly shortcut: string | null;
  readonly position: number;
}

/// One mention of a glossary entry, with a few words of context, for the entry's mention list.
export interface GlossaryMention {
  readonly annotationId: number;
  readonly articleId: number;
  readonly articleTitle: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly before: string;
  readonly after: string;
}

/// An occurrence of a glossary term or variant in an article that is not annotated yet.
export interface Suggestion {
  readonly articleId: number;
  readonly start: number;
  readonly end: number;
  /// The exact text at `start`–`end`.
  readonly text: string;
  readonly entryId: number;
  readonly label: string;
  readonly frenchTerm: string;
  readonly englishTerm: string;
}

/// What the undo and redo commands would do now.
export interface HistoryState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /// What the action undo would revert says it does (e.g. `history.step.mark` with `Pékin`).
  readonly undoMessage: HistoryMessage | null;
  /// What the action redo would replay says it does.
  readonly redoMessage: HistoryMessage | null;
  /// Who did the action undo would revert, when known.
  readonly undoAuthor: string | null;
  /// Who did the action redo would replay, when known.
  readonly redoAuthor: string | null;
}

/// A change made to a merged entry where the two entries disagreed.
export interface MergeConflict {
  readonly field: 'label' | 'englishTerm' | 'decision' | 'note' | 'wikidataId' | 'status';
  readonly kept: string;
  readonly dropped: string;
}

/// Something an import guessed or repaired, with a stable code the UI translates and an English
/// sentence for scripts: bytes that were not valid UTF-8, an encoding guessed from the bytes, or
/// a text that is clearly not French (its language was set to the one detected).
export type ImportWarning =
  | { readonly code: 'invalid_utf8'; readonly encoding: string; readonly message: string }
  | { readonly code: 'encoding_guessed'; readonly encoding: string; readonly message: string }
  | { readonly code: 'not_french'; readonly language: string; readonly message: string };

/// What happened to one file of an import batch, with any warnings about what was guessed.
export type ImportOutcome =
  | {
      readonly fileName: string;
      readonly status: 'imported';
      readonly articleId: number;
      readonly title: string;
      readonly warnings: readonly ImportWarning[];
    }
  | {
      readonly fileName: string;
      readonly status: 'duplicate';
      /// The article already holding the same text.
      readonly articleId: number;
      readonly title: string;
    }
  | {
      readonly fileName: string;
      readonly status: 'failed';
      readonly error: { readonly code: string; readonly message: string; readonly params?: ErrorParams };
    };

/// A link that supports a claim's verdict: an http(s) address, its title and a note.
export interface ClaimEvidence {
  readonly url: string;
  readonly title: string;
  readonly note: string;
}

/// Who made a claim: a Person or Organisation glossary entry, or an unnamed source described in
/// words ("un responsable du secteur"), or nobody yet.
export type Claimant =
  | {
      readonly kind: 'entry';
      readonly entryId: number;
      /// The entry's terms and label now, so the UI and exports need no second look-up.
      readonly frenchTerm: string;
      readonly englishTerm: string;
      readonly label: string;
      readonly wikidataId: string;
    }
  | { readonly kind: 'unattributed'; readonly description: string }
  | { readonly kind: 'none' };

/// What is recorded about a claim besides its words and claimant: when it was made, its English
/// text and the review. Dataset exports and imports carry the same fields.
export interface ClaimReviewFields {
  /// When the claim was made (`YYYY-MM-DD`); the article's date when it was marked.
  readonly claimDate: string | null;
  /// The claim in English.
  readonly englishText: string;
  readonly verdict: ClaimVerdict;
  /// The review's summary, in English.
  readonly reviewSummary: string;
  readonly evidence: readonly ClaimEvidence[];
  readonly reviewer: string;
  /// When the review was made (`YYYY-MM-DD`), or null.
  readonly reviewDate: string | null;
  /// Where the published fact-check lives, or the empty string.
  readonly factCheckUrl: string;
}

/// A claim: a claim annotation (`annotationId`, its span and quote) and what the reviewer
/// recorded about it.
export interface Claim extends ClaimReviewFields {
  readonly annotationId: number;
  readonly articleId: number;
  readonly articleTitle: string;
  readonly start: number;
  readonly end: number;
  /// The French words of the claim, exactly as in the article.
  readonly quote: string;
  readonly claimant: Claimant;
  readonly author: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/// Where a segment stands, in the order the UI lists them. In XLIFF 2.1 (`shared/translation/
/// segmentStates.ts`) new is `initial`, draft is `translated` with the subState `passerelle:draft`,
/// translated is `translated` and reviewed is `reviewed` (a `final` read back is reviewed).
/// A segment is *confirmed* once it is translated or reviewed.
export const segmentStatuses = ['new', 'draft', 'translated', 'reviewed'] as const;

/// One of `segmentStatuses`.
export type SegmentStatus = (typeof segmentStatuses)[number];

/// Where a segment's English text came from: typed by a person, a translation memory, a machine
/// translation provider, or copied from a confirmed repeat of the same source.
export const segmentOrigins = ['human', 'memory', 'machine', 'propagated'] as const;

/// One of `segmentOrigins`.
export type SegmentOrigin = (typeof segmentOrigins)[number];

/// A QA issue the translator chose to ignore, with why; `key` is the issue's stable key
/// (`QaIssue.key` in `shared/translation/qa.ts`), so the same issue stays ignored while it lasts.
export interface IgnoredIssue {
  readonly key: string;
  readonly reason: string;
}

/// One sentence of an article and its English translation: a stand-off span over `article.text`
/// (UTF-16 offsets, never crossing a text block), like an annotation.
export interface Segment {
  readonly id: number;
  readonly articleId: number;
  readonly start: number;
  readonly end: number;
  /// `article.text.slice(start, end)`.
  readonly source: string;
  /// The English text, the empty string until someone writes it.
  readonly target: string;
  readonly status: SegmentStatus;
  readonly origin: SegmentOrigin;
  /// For a machine translation: the provider and model that made it; else null.
  readonly provider: string | null;
  readonly model: string | null;
  /// For a propagated segment: the confirmed segment it was filled from.
  readonly propagatedFrom: number | null;
  /// The user made this segment an exception: confirmed repeats never overwrite it.
  readonly propagationException: boolean;
  readonly ignoredIssues: readonly IgnoredIssue[];
  /// Who last wrote its target (the workspace's name setting then), or null when unknown.
  readonly author: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/// How far an article's translation has come: segments and source words, in all, translated
/// (translated or reviewed) and reviewed.
export interface TranslationProgress {
  readonly articleId: number;
  readonly segments: number;
  readonly translatedSegments: number;
  readonly reviewedSegments: number;
  readonly words: number;
  readonly translatedWords: number;
  readonly reviewedWords: number;
}

/// One English rendering of a glossary entry found in translated segments, and where.
export interface DriftRendering {
  /// The English words found (the preferred term, a variant to avoid, or the empty string when the
  /// segment has none of the entry's known English forms).
  readonly text: string;
  readonly preferred: boolean;
  readonly segments: readonly {
    readonly segmentId: number;
    readonly articleId: number;
    readonly articleTitle: string;
  }[];
}

/// A glossary entry rendered more than one way across the workspace's translated segments.
export interface DriftEntry {
  readonly entryId: number;
  readonly frenchTerm: string;
  readonly englishTerm: string;
  readonly renderings: readonly DriftRendering[];
}
