import { memo, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, GlossaryEntry, Segment } from '../../shared/domain';
import { caretOffset, SourceText, type MentionTitle } from './SourceText';
import type { QaClaim, QaIssue, QaMention } from '../../shared/translation/qa';
import { entryRendering } from './segmentMentions';
import { SegmentIssues } from './SegmentIssues';
import { segmentIssues } from './segmentQa';
import { translationKeyAction, type KeyPreset } from './translationKeys';
import { useTargetDraft } from './useTargetDraft';

/// What a segment row asks of its view; the same object for every row, so rows stay memoised.
export interface SegmentRowActions {
  readonly focus: (id: number) => void;
  readonly save: (id: number, target: string) => void;
  /// Confirms the segment (with its English text when it changed) and goes to the next one.
  readonly confirm: (id: number, draft: { readonly value: string; readonly changed: boolean }) => void;
  readonly review: (id: number, draft: { readonly value: string; readonly changed: boolean }) => void;
  readonly move: (id: number, to: 'next' | 'previous' | 'nextUnconfirmed') => void;
  readonly help: () => void;
  readonly makeException: (id: number) => void;
  readonly merge: (id: number) => void;
  readonly split: (id: number, at: number) => void;
  /// Asks why an issue is not one, then keeps it ignored.
  readonly ignore: (id: number, issue: QaIssue) => void;
  /// Stores the text typed as the English translation of a claim whose span is the segment's.
  readonly useForClaim: (claimId: number, englishText: string) => void;
}

/// The id of a segment's English text field, by which the view moves the focus.
export function targetFieldId(segmentId: number): string {
  return `segment-target-${segmentId}`;
}

/// One segment: its number, its French text with annotations, its English text saved as it is
/// typed, its status and origin; the active row also shows its tools (review, merge, split).
export const SegmentRow = memo(function SegmentRow({
  segment,
  number,
  annotations,
  entries,
  mentions,
  claims,
  issues,
  title,
  active,
  last,
  preset,
  actions,
}: {
  readonly segment: Segment;
  readonly number: number;
  readonly annotations: readonly Annotation[];
  readonly entries: ReadonlyMap<number, GlossaryEntry>;
  /// The segment's linked mentions, in text order: the n-th is the one Ctrl+Alt+n inserts.
  readonly mentions: readonly QaMention[];
  readonly claims: readonly QaClaim[];
  /// The issues of its stored English text; those of the text being typed are found here.
  readonly issues: readonly QaIssue[];
  readonly title: MentionTitle;
  readonly active: boolean;
  readonly last: boolean;
  readonly preset: KeyPreset;
  readonly actions: SegmentRowActions;
}) {
  const { t } = useTranslation();
  const draft = useTargetDraft(segment.target, (target) => actions.save(segment.id, target));
  const field = useRef<HTMLTextAreaElement>(null);
  const source = useRef<HTMLDivElement>(null);
  const caretAfterInsert = useRef<number | null>(null);
  const [splitAt, setSplitAt] = useState<number | null>(null);
  const typed = draft.value;
  const liveIssues = useMemo(
    () => (typed === segment.target ? issues : segmentIssues(segment, typed, mentions, claims)),
    [typed, segment, issues, mentions, claims],
  );

  useLayoutEffect(() => {
    if (caretAfterInsert.current === null || !field.current) return;
    field.current.setSelectionRange(caretAfterInsert.current, caretAfterInsert.current);
    caretAfterInsert.current = null;
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const action = translationKeyAction(event, preset);
    if (!action) return;
    event.preventDefault();
    if (action.type === 'confirmAndNext') actions.confirm(segment.id, draft.take());
    else if (action.type === 'help') actions.help();
    else if (action.type === 'insertTerm') {
      const mention = mentions[action.index - 1];
      const target = event.currentTarget;
      if (!mention) return;
      const term = entryRendering(mention.entry);
      const { selectionStart, selectionEnd, value } = target;
      caretAfterInsert.current = selectionStart + term.length;
      draft.change(value.slice(0, selectionStart) + term + value.slice(selectionEnd));
    } else actions.move(segment.id, action.type);
  };

  const sourceEnd = segment.start + segment.source.length;
  const canSplit = splitAt !== null && splitAt > segment.start && splitAt < sourceEnd;
  return (
    <li
      className="segment-row"
      data-status={segment.status}
      aria-current={active ? 'true' : undefined}
      aria-labelledby={`segment-number-${segment.id}`}
    >
      <span className="segment-number" id={`segment-number-${segment.id}`}>
        {t('translation.segmentNumber', { number })}
      </span>
      <div
        className="segment-source"
        lang="fr"
        ref={source}
        onMouseUp={() => {
          if (source.current) setSplitAt(caretOffset(window.getSelection(), source.current));
          actions.focus(segment.id);
        }}
      >
        <SourceText
          source={segment.source}
          start={segment.start}
          annotations={annotations}
          entries={entries}
          title={title}
        />
      </div>
      <div className="segment-target">
        <textarea
          id={targetFieldId(segment.id)}
          ref={field}
          className="segment-target-field"
          lang="en"
          rows={Math.max(2, Math.ceil(segment.source.length / 70))}
          aria-label={t('translation.targetLabel', { number })}
          value={draft.value}
          onChange={(event) => draft.change(event.target.value)}
          onFocus={() => actions.focus(segment.id)}
          onBlur={draft.flush}
          onKeyDown={onKeyDown}
        />
        <p className="segment-meta">
          <span className="segment-status" data-status={segment.status}>
            {t(`translation.status.${segment.status}`)}
          </span>
          {segment.origin === 'propagated' && (
            <span className="segment-origin">
              {t('translation.propagated')}
              {active && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => actions.makeException(segment.id)}
                >
                  {t('translation.makeException')}
                </button>
              )}
            </span>
          )}
          {segment.origin === 'machine' && segment.provider && (
            <span className="segment-origin">
              {t('translation.machine', { provider: segment.provider, model: segment.model ?? '' })}
            </span>
          )}
          {segment.propagationException && (
            <span className="segment-origin">{t('translation.exception')}</span>
          )}
        </p>
        <SegmentIssues
          number={number}
          issues={liveIssues}
          onIgnore={(issue) => actions.ignore(segment.id, issue)}
          onUseForClaim={(claimId) => actions.useForClaim(claimId, draft.value)}
        />
        {active && (
          <div className="segment-tools" role="group" aria-label={t('translation.tools', { number })}>
            <button
              type="button"
              className="button button-small"
              onClick={() => actions.confirm(segment.id, draft.take())}
            >
              {t('translation.confirm')}
            </button>
            {segment.status !== 'reviewed' && (
              <button
                type="button"
                className="button button-small"
                onClick={() => actions.review(segment.id, draft.take())}
              >
                {t('translation.markReviewed')}
              </button>
            )}
            {!last && (
              <button
                type="button"
                className="button button-small button-quiet"
                onClick={() => actions.merge(segment.id)}
              >
                {t('translation.merge')}
              </button>
            )}
            <button
              type="button"
              className="button button-small button-quiet"
              disabled={!canSplit}
              title={canSplit ? undefined : t('translation.splitHint')}
              onClick={() => {
                if (canSplit) actions.split(segment.id, splitAt);
              }}
            >
              {t('translation.split')}
            </button>
          </div>
        )}
      </div>
    </li>
  );
});
