import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation } from '../../shared/domain';
import { useTranslation } from 'react-i18next';
import { suggestionKey } from '../editor/suggestionPlugin';
import { routeHref } from '../app/route';
import { useArticleWork, type ArticleWorkActions } from './useArticleWork';
import { followedSelection } from './followedSelection';
import { AcceptAllDialog } from './AcceptAllDialog';
import { useStickyScrollPadding } from './useStickyScrollPadding';
import { acceptAllNeedsConfirmation, acceptAllRequest, type AcceptAllRequest } from './acceptAllRequest';
import { useErrorMessage } from '../ui/useErrorMessage';
import { useWorkspaceLabels } from '../app/workspaceLabelsContext';
import { ArticleDetails } from './ArticleDetails';
import { ArticleEditor, type ArticleEditorActions, type RevealRequest } from '../editor/ArticleEditor';
import { EntityPanel } from './EntityPanel';
import { LabelLegend } from '../labels/LabelLegend';
import './article.css';
import { stepHistory, useHistory } from '../app/historyContext';
import { ClaimsPanel } from '../claims/ClaimsPanel';
import { useArticleClaims } from '../claims/useArticleClaims';
import { TranslationEntry } from '../translation/TranslationEntry';

// Memoised and fed deferred data: after a mark or an undo the text is redrawn in the same frame,
// and the side panel (hundreds of entity rows) catches up in the background.
const SidePanel = memo(EntityPanel);
// Their props do not change with the marks: memoised, they are not redrawn on every one.
const Details = memo(ArticleDetails);
const Legend = memo(LabelLegend);

const noAnnotations: readonly Annotation[] = [];

/// One article: its details, the annotatable text with the label legend, and the side panel
/// (selected mention, claims, suggestions, entities). `annotationId` selects and reveals one annotation.
export function ArticleView({
  articleId,
  annotationId,
}: {
  readonly articleId: number;
  readonly annotationId?: number;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { labels } = useWorkspaceLabels();
  const history = useHistory();
  const { data, loadError, suggestionsError, markError, actions } = useArticleWork(articleId);
  const panelData = useDeferredValue(data);
  const { claims, reload: reloadClaims, save: saveClaim, createClaimant } = useArticleClaims(articleId);
  // Claims are annotations too, but not entities: the entity panel never lists them.
  const entityAnnotations = useMemo(
    () => panelData?.annotations?.filter((annotation) => annotation.kind !== 'claim') ?? null,
    [panelData?.annotations],
  );
  // The editor also draws the marks the store has not confirmed yet; the side panel lists only
  // stored annotations, so a mark being saved does not redraw it.
  const stored = data?.annotations ?? noAnnotations;
  const pending = data?.pending ?? noAnnotations;
  const editorAnnotations = useMemo(
    () => (pending.length > 0 ? [...stored, ...pending] : stored),
    [stored, pending],
  );

  const [selectedId, setSelectedId] = useState<number | null>(null);
  // A mark drawn before the store answered shows under a provisional id; when the stored one
  // replaces it, a selection made in between follows it to its stored id.
  const [shownAnnotations, setShownAnnotations] = useState(editorAnnotations);
  if (shownAnnotations !== editorAnnotations) {
    setShownAnnotations(editorAnnotations);
    const followed = followedSelection(selectedId, shownAnnotations, editorAnnotations);
    if (followed !== selectedId) setSelectedId(followed);
  }
  const [selectedSuggestionKey, setSelectedSuggestionKey] = useState<string | null>(null);
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const column = useRef<HTMLDivElement>(null);
  useStickyScrollPadding(column, '.label-legend', data !== null);
  const [confirmingAccept, setConfirmingAccept] = useState<AcceptAllRequest | null>(null);

  // Read when "Accept all" is pressed, so the actions need not change with every suggestion.
  const shownSuggestions = useRef(data?.suggestions ?? []);
  useEffect(() => {
    shownSuggestions.current = data?.suggestions ?? [];
  });
  // "Accept all" over many suggestions asks first, from the side panel and the suggestion toolbar alike.
  const confirmedActions = useMemo<ArticleWorkActions>(
    () => ({
      ...actions,
      acceptAll: (entryId) => {
        const request = acceptAllRequest(shownSuggestions.current, entryId);
        if (!acceptAllNeedsConfirmation(request)) return actions.acceptAll(entryId);
        setConfirmingAccept(request);
        return Promise.resolve();
      },
    }),
    [actions],
  );

  const revealAnnotation = useCallback((id: number) => {
    setSelectedId(id);
    setSelectedSuggestionKey(null);
    setReveal((previous) => ({ annotationId: id, sequence: (previous?.sequence ?? 0) + 1 }));
  }, []);

  // The route names an annotation (a mention opened from the glossary): select and reveal it once
  // the article's annotations are there, and again whenever the route names another one.
  const [revealedFromRoute, setRevealedFromRoute] = useState<number | undefined>(undefined);
  if (data?.annotations && annotationId !== undefined && annotationId !== revealedFromRoute) {
    setRevealedFromRoute(annotationId);
    revealAnnotation(annotationId);
  }

  const editorActions = useMemo<ArticleEditorActions>(
    () => ({
      onMark: (label, span) => actions.mark(label, span),
      onMarkClaim: (span) =>
        void actions.markClaim(span).then((claim) => {
          if (!claim) return;
          void reloadClaims();
          setSelectedId(claim.annotationId);
          setSelectedSuggestionKey(null);
        }),
      onRelabel: (id, label) => void actions.relabel(id, label),
      onDelete: (id) => {
        setSelectedId((selected) => (selected === id ? null : selected));
        void actions.remove(id).then(reloadClaims);
      },
      onSelect: (id) => {
        setSelectedId(id);
        if (id !== null) setSelectedSuggestionKey(null);
      },
      onSelectSuggestion: (key) => {
        setSelectedSuggestionKey(key);
        if (key !== null) setSelectedId(null);
      },
      onAcceptSuggestion: (key) => void actions.accept(key),
      onRejectSuggestion: (key) => void actions.reject(key),
      onAcceptEntrySuggestions: (entryId) => void confirmedActions.acceptAll(entryId),
      onHistoryKey: (command) => {
        if (command === 'undo') return actions.undo();
        stepHistory(history, command);
        return null;
      },
    }),
    [actions, confirmedActions, history, reloadClaims],
  );

  const panelGlossary = panelData?.glossary ?? null;
  const articleText = data?.article.text ?? '';
  const claimsPanel = useMemo(
    () =>
      claims && panelGlossary ? (
        <ClaimsPanel
          claims={claims}
          articleText={articleText}
          glossary={panelGlossary}
          selectedId={selectedId}
          onShow={revealAnnotation}
          onSave={(annotationId, change) => void saveClaim(annotationId, change)}
          onCreateClaimant={(annotationId, name, label) =>
            void createClaimant(annotationId, name, label).then((entry) => {
              if (entry) actions.entrySaved(entry);
            })
          }
          onDelete={(annotationId) => editorActions.onDelete(annotationId)}
        />
      ) : null,
    [
      actions,
      articleText,
      claims,
      createClaimant,
      editorActions,
      panelGlossary,
      revealAnnotation,
      saveClaim,
      selectedId,
    ],
  );

  // An accepted or rejected suggestion is no longer selected.
  const suggestionKeys = useMemo(() => new Set(data?.suggestions.map(suggestionKey)), [data?.suggestions]);
  const shownSuggestionKey =
    selectedSuggestionKey !== null && suggestionKeys.has(selectedSuggestionKey)
      ? selectedSuggestionKey
      : null;

  if (loadError) {
    return (
      <div className="article-view">
        <a className="back-link" href={routeHref({ screen: 'library' })}>
          {t('article.back')}
        </a>
        <p className="inline-error" role="alert">
          {t('article.loadFailed', { reason: errorMessage(loadError) })}
        </p>
      </div>
    );
  }
  if (!data) return <p className="muted article-loading">{t('article.loading')}</p>;

  const { article, suggestions } = data;
  return (
    <div className="article-view">
      <div className="article-column" ref={column}>
        <a className="back-link" href={routeHref({ screen: 'library' })}>
          {t('article.back')}
        </a>
        <Details article={article} />
        <TranslationEntry articleId={article.id} />
        <Legend />
        {markError && (
          <p className="inline-error" role="alert">
            {t('save.failed', { reason: errorMessage(markError) })}
          </p>
        )}
        <ArticleEditor
          article={article}
          labels={labels}
          annotations={editorAnnotations}
          suggestions={suggestions}
          selectedId={selectedId}
          selectedSuggestionKey={shownSuggestionKey}
          reveal={reveal}
          actions={editorActions}
        />
      </div>
      {panelData?.glossary && entityAnnotations ? (
        <SidePanel
          annotations={entityAnnotations}
          glossary={panelData.glossary}
          suggestions={panelData.suggestions}
          suggestionsError={suggestionsError}
          selectedId={selectedId}
          actions={confirmedActions}
          onShowAnnotation={revealAnnotation}
          claims={claimsPanel}
        />
      ) : (
        <aside className="entity-panel">
          <p className="muted">{t('article.loading')}</p>
        </aside>
      )}
      {confirmingAccept && (
        <AcceptAllDialog
          request={confirmingAccept}
          articleTitle={article.title}
          onConfirm={() => {
            setConfirmingAccept(null);
            void actions.acceptAll(confirmingAccept.entryId);
          }}
          onCancel={() => setConfirmingAccept(null)}
        />
      )}
    </div>
  );
}
