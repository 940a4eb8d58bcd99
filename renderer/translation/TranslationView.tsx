import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, Claim, GlossaryEntry, Segment } from '../../shared/domain';
import { routeHref } from '../app/route';
import { useWorkspaceLabels } from '../app/workspaceLabelsContext';
import { labelName } from '../labels/labelName';
import { useErrorMessage } from '../ui/useErrorMessage';
import { SegmentGlossary } from './SegmentGlossary';
import { SegmentRow, targetFieldId, type SegmentRowActions } from './SegmentRow';
import { TranslationExchange } from './TranslationExchange';
import { TranslationKeysDialog } from './TranslationKeysDialog';
import { TranslationProgressText } from './TranslationProgressText';
import { UnsplitParagraphs } from './UnsplitParagraphs';
import { unsplitParagraphs, type UnsplitParagraph } from './unsplitParagraphs';
import { annotationsBySegment } from './segmentMentions';
import {
  qaMentionsOfSegments,
  type QaClaim,
  type QaIssue,
  type QaMention,
} from '../../shared/translation/qa';
import { claimsBySegment, isOpen, storedIssues } from './segmentQa';
import { IgnoreIssueDialog } from './IgnoreIssueDialog';
import { QaPanel } from './QaPanel';
import { segmentWordCounts, adjacentSegmentId, nextUnconfirmedId, segmentCounts } from './segmentNavigation';
import { keyPresetStorageKey, storedKeyPreset, type KeyPreset } from './translationKeys';
import { useTranslationWork } from './useTranslationWork';
import './translation.css';

const noAnnotations: readonly Annotation[] = [];
const noMentions: readonly QaMention[] = [];
const noClaims: readonly QaClaim[] = [];
const noIssues: readonly QaIssue[] = [];

function readStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/// Moves the focus to a segment's English text (the row scrolls into view with it).
function focusSegment(id: number): void {
  const field = document.getElementById(targetFieldId(id));
  if (field instanceof HTMLTextAreaElement) {
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  }
}

type SegmentSpan = { readonly id: number; readonly start: number; readonly end: number };

/// The segments' spans as one string, which changes only when a span does (saving a segment's
/// text does not): what depends on spans alone is computed again only then, so only the saved
/// segment's row is redrawn. Comparing the string is cheap next to redrawing thousands of rows.
function spansKey(segments: readonly SegmentSpan[]): string {
  return segments.map((segment) => `${segment.id}:${segment.start}:${segment.end}`).join(',');
}

function parseSpans(key: string): readonly SegmentSpan[] {
  if (key === '') return [];
  return key.split(',').map((span) => {
    const [id, start, end] = span.split(':').map(Number);
    return { id: id!, start: start!, end: end! };
  });
}

/// Each segment's annotations, linked mentions (for QA and Ctrl+Alt+n) and claims, by segment id.
function useSegmentParts(
  segments: readonly SegmentSpan[] | undefined,
  annotations: readonly Annotation[] | undefined,
  entries: ReadonlyMap<number, GlossaryEntry> | undefined,
  claims: readonly Claim[] | undefined,
) {
  const key = useMemo(() => spansKey(segments ?? []), [segments]);
  return useMemo(() => {
    const spans = parseSpans(key);
    const all = annotations ?? noAnnotations;
    const mentions = qaMentionsOfSegments(spans, all, entries ?? new Map());
    return {
      annotations: annotationsBySegment(spans, all),
      mentions: new Map(spans.map((span, index) => [span.id, mentions[index]!])),
      claims: claimsBySegment(spans, all, claims ?? []),
    };
  }, [key, annotations, entries, claims]);
}

/// One article's translation: French | English, one row per segment (rows off screen are not laid
/// out, so a long article opens fast), the glossary of the current segment, the keys, export and
/// import. An article not split yet offers "Split into sentences".
export function TranslationView({
  articleId,
  segmentId,
}: {
  readonly articleId: number;
  /// A segment to open at (a link from the drift report): scrolled to and focused once loaded.
  readonly segmentId?: number | undefined;
}) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const { labels } = useWorkspaceLabels();
  const { data, loadError, busy, writeError, actions } = useTranslationWork(articleId);
  const [activeId, setActiveId] = useState<number | null>(null);
  const [preset, setPreset] = useState<KeyPreset>(() => storedKeyPreset(readStorage()));
  const [showKeys, setShowKeys] = useState(false);

  const segments = data?.segments;
  const openedAt = useRef<number | null>(null);
  useEffect(() => {
    if (segmentId === undefined || openedAt.current === segmentId) return;
    if (!segments?.some((segment) => segment.id === segmentId)) return;
    openedAt.current = segmentId;
    requestAnimationFrame(() => focusSegment(segmentId));
  }, [segmentId, segments]);

  // The paragraphs with words in no segment (only some paragraphs or the claims were split).
  const unsplit = useMemo(
    () => unsplitParagraphs(data?.article.text ?? '', segments ?? []),
    [data?.article.text, segments],
  );
  const splitParagraph = useCallback(
    (paragraph: UnsplitParagraph) => void actions.segment([paragraph]),
    [actions],
  );

  const labelsByKey = useMemo(() => new Map(labels.map((label) => [label.key, label])), [labels]);
  const title = useCallback(
    (annotation: Annotation, entry: GlossaryEntry | undefined) => {
      const label = labelsByKey.get(annotation.label);
      const name =
        annotation.kind === 'claim'
          ? t('claims.claim')
          : label
            ? labelName(label, i18n.language)
            : annotation.label;
      return entry && entry.englishTerm !== ''
        ? t('translation.mentionTitle', { label: name, term: entry.englishTerm })
        : name;
    },
    [i18n.language, labelsByKey, t],
  );

  const parts = useSegmentParts(data?.segments, data?.annotations, data?.entries, data?.claims);
  const issues = useMemo(
    () =>
      new Map(
        (segments ?? []).map((segment) => [
          segment.id,
          storedIssues(segment, parts.mentions.get(segment.id), parts.claims.get(segment.id)),
        ]),
      ),
    [segments, parts],
  );
  const numbers = useMemo(
    () => new Map((segments ?? []).map((segment, index) => [segment.id, index + 1])),
    [segments],
  );
  const [onlyIssues, setOnlyIssues] = useState(false);
  const [ignoring, setIgnoring] = useState<{ readonly segment: Segment; readonly issue: QaIssue } | null>(
    null,
  );
  // The filter keeps the segment being worked on, so fixing its last issue does not take it away.
  const shown = useMemo(
    () =>
      onlyIssues
        ? (segments ?? []).filter(
            (segment) => segment.id === activeId || (issues.get(segment.id) ?? noIssues).some(isOpen),
          )
        : (segments ?? []),
    [activeId, issues, onlyIssues, segments],
  );
  const active = segments?.find((segment) => segment.id === activeId) ?? null;
  const activeMentions = active ? (parts.mentions.get(active.id) ?? noMentions) : null;

  const showSegment = useCallback((id: number) => {
    setActiveId(id);
    // The row may be hidden by the filter until it is the active one.
    requestAnimationFrame(() => focusSegment(id));
  }, []);

  const latestSegments = useRef<readonly Segment[]>([]);
  useEffect(() => {
    latestSegments.current = shown;
  });
  const rowActions = useMemo<SegmentRowActions>(() => {
    const move = (id: number, to: 'next' | 'previous' | 'nextUnconfirmed') => {
      const shown = latestSegments.current;
      const next =
        to === 'nextUnconfirmed'
          ? nextUnconfirmedId(shown, id)
          : adjacentSegmentId(shown, id, to === 'next' ? 1 : -1);
      if (next !== null) focusSegment(next);
    };
    const withStatus = (
      id: number,
      draft: { readonly value: string; readonly changed: boolean },
      status: 'translated' | 'reviewed',
    ) =>
      void actions.update(id, {
        ...(draft.changed ? { target: draft.value } : {}),
        status,
      });
    return {
      focus: setActiveId,
      save: (id, target) => void actions.update(id, { target }),
      confirm: (id, draft) => {
        const segment = latestSegments.current.find((shown) => shown.id === id);
        withStatus(id, draft, segment?.status === 'reviewed' ? 'reviewed' : 'translated');
        move(id, 'next');
      },
      review: (id, draft) => withStatus(id, draft, 'reviewed'),
      move,
      help: () => setShowKeys(true),
      makeException: (id) => void actions.update(id, { propagationException: true }),
      merge: (id) => void actions.merge(id),
      split: (id, at) => void actions.split(id, at),
      ignore: (id, issue) => {
        const segment = latestSegments.current.find((one) => one.id === id);
        if (segment) setIgnoring({ segment, issue });
      },
      useForClaim: (claimId, englishText) => void actions.setClaimEnglish(claimId, englishText),
    };
  }, [actions]);

  // F1 opens the keys from anywhere in the view, not only from a segment's text.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F1' || event.defaultPrevented) return;
      event.preventDefault();
      setShowKeys(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const choosePreset = (choice: KeyPreset) => {
    setPreset(choice);
    try {
      window.localStorage.setItem(keyPresetStorageKey, choice);
    } catch {
      // Storage may be unavailable (private mode); the choice still applies to this session.
    }
  };

  const back = (
    <a className="back-link" href={routeHref({ screen: 'article', articleId })}>
      {t('translation.back')}
    </a>
  );
  if (loadError) {
    return (
      <div className="translation-view">
        {back}
        <p className="inline-error" role="alert">
          {t('translation.loadFailed', { reason: errorMessage(loadError) })}
        </p>
      </div>
    );
  }
  if (!data || !segments) return <p className="muted article-loading">{t('translation.loading')}</p>;

  const counts = segmentCounts(segments);
  const words = segmentWordCounts(segments);
  return (
    <div className="translation-view">
      <div className="translation-main">
        {back}
        <header className="translation-header">
          <h1 className="article-title" lang={data.article.language}>
            {t('translation.title', { title: data.article.title })}
          </h1>
          {segments.length > 0 && (
            <p className="translation-progress">
              <TranslationProgressText
                segments={counts.segments}
                translated={counts.translated}
                reviewed={counts.reviewed}
                words={{ total: words.words, translated: words.translated }}
              />
            </p>
          )}
          <div className="translation-toolbar">
            {segments.length > 0 && unsplit.length > 0 && (
              <button
                type="button"
                className="button button-small"
                disabled={busy}
                onClick={() => void actions.segment()}
              >
                {t('translation.splitRest')}
              </button>
            )}
            <button type="button" className="button button-small" onClick={() => setShowKeys(true)}>
              {t('translation.keys')}
            </button>
          </div>
        </header>
        {writeError && (
          <p className="inline-error" role="alert">
            {t('save.failed', { reason: errorMessage(writeError) })}
          </p>
        )}
        <UnsplitParagraphs
          paragraphs={unsplit}
          open={segments.length === 0}
          busy={busy}
          onSplit={splitParagraph}
        />
        {segments.length === 0 ? (
          <div className="empty-state">
            <p>{t('translation.noSegments')}</p>
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              aria-busy={busy}
              onClick={() => void actions.segment()}
            >
              {busy ? t('translation.splitting') : t('translation.splitIntoSentences')}
            </button>
            {data.claims.length > 0 && (
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => void actions.segment(data.claims)}
              >
                {t('translation.splitClaims', { count: data.claims.length })}
              </button>
            )}
          </div>
        ) : (
          <>
            <div className="segment-columns" aria-hidden="true">
              <span lang="fr">{t('translation.frenchColumn')}</span>
              <span lang="en">{t('translation.englishColumn')}</span>
            </div>
            <ol className="segment-list" aria-label={t('translation.segmentsLabel')}>
              {shown.map((segment) => (
                <SegmentRow
                  key={segment.id}
                  segment={segment}
                  number={numbers.get(segment.id) ?? 0}
                  annotations={parts.annotations.get(segment.id) ?? noAnnotations}
                  mentions={parts.mentions.get(segment.id) ?? noMentions}
                  claims={parts.claims.get(segment.id) ?? noClaims}
                  issues={issues.get(segment.id) ?? noIssues}
                  entries={data.entries}
                  title={title}
                  active={segment.id === activeId}
                  last={segment.id === segments[segments.length - 1]?.id}
                  preset={preset}
                  actions={rowActions}
                />
              ))}
            </ol>
          </>
        )}
      </div>
      <aside className="translation-side">
        <SegmentGlossary mentions={activeMentions} />
        {segments.length > 0 && (
          <QaPanel
            segments={segments}
            issues={issues}
            numbers={numbers}
            onlyIssues={onlyIssues}
            onOnlyIssues={setOnlyIssues}
            onShow={showSegment}
          />
        )}
        <TranslationExchange articleId={articleId} onImported={actions.replaceSegments} />
      </aside>
      {ignoring && (
        <IgnoreIssueDialog
          issue={ignoring.issue}
          onCancel={() => setIgnoring(null)}
          onIgnore={(reason) => {
            const { segment, issue } = ignoring;
            setIgnoring(null);
            void actions.update(segment.id, {
              ignoredIssues: [
                ...segment.ignoredIssues.filter((ignored) => ignored.key !== issue.key),
                { key: issue.key, reason },
              ],
            });
          }}
        />
      )}
      {showKeys && (
        <TranslationKeysDialog preset={preset} onPreset={choosePreset} onClose={() => setShowKeys(false)} />
      )}
    </div>
  );
}
