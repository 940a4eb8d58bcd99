import { memo, useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, GlossaryEntry, Suggestion } from '../../shared/domain';
import type { PasserelleError } from '../../shared/errors';
import type { ArticleWorkActions } from './useArticleWork';
import { EntityRow } from './EntityRow';
import { SelectedMention } from './SelectedMention';
import { SuggestionSummary } from './SuggestionSummary';

// Memoised, with callbacks that stay the same: a change to one entry, or to the annotations,
// redraws only the rows whose entry, mention count or selection changed, not all of them.
const Row = memo(EntityRow);

/// The glossary entries this article mentions, in order of first mention, with their mentions.
export function articleEntities(
  annotations: readonly Annotation[],
  glossary: readonly GlossaryEntry[],
): { readonly entry: GlossaryEntry; readonly mentions: readonly Annotation[] }[] {
  const entries = new Map(glossary.map((entry) => [entry.id, entry]));
  const mentions = new Map<number, Annotation[]>();
  for (const annotation of [...annotations].sort((a, b) => a.start - b.start)) {
    if (annotation.glossaryEntryId === null || !entries.has(annotation.glossaryEntryId)) continue;
    const list = mentions.get(annotation.glossaryEntryId) ?? [];
    list.push(annotation);
    mentions.set(annotation.glossaryEntryId, list);
  }
  return [...mentions].flatMap(([id, list]) => {
    const entry = entries.get(id);
    return entry ? [{ entry, mentions: list }] : [];
  });
}

/// The side panel: the selected mention, the article's claims (`claims`, drawn by their own
/// panel), the suggestions, this article's entities (each with its English term to fill in) and
/// the mentions linked to no entry. `annotations` are the entity annotations only.
export function EntityPanel({
  annotations,
  glossary,
  suggestions,
  suggestionsError,
  selectedId,
  actions,
  onShowAnnotation,
  claims,
}: {
  readonly annotations: readonly Annotation[];
  readonly glossary: readonly GlossaryEntry[];
  readonly suggestions: readonly Suggestion[];
  readonly suggestionsError: PasserelleError | null;
  readonly selectedId: number | null;
  readonly actions: ArticleWorkActions;
  readonly onShowAnnotation: (id: number) => void;
  readonly claims?: ReactNode;
}) {
  const { t } = useTranslation();
  const entities = useMemo(() => articleEntities(annotations, glossary), [annotations, glossary]);
  const selected = annotations.find((annotation) => annotation.id === selectedId);
  const unlinked = annotations
    .filter((annotation) => annotation.glossaryEntryId === null)
    .sort((a, b) => a.start - b.start);

  // The rows' callbacks read the latest entities and selection through a ref, so they stay the same.
  const latest = useRef({ entities, selected });
  useEffect(() => {
    latest.current = { entities, selected };
  });
  const mentionsOf = useCallback(
    (entryId: number) => latest.current.entities.find(({ entry }) => entry.id === entryId)?.mentions ?? [],
    [],
  );
  const showEntry = useCallback(
    (entryId: number) => {
      // Repeated clicks walk through the entry's mentions in the text.
      const mentions = mentionsOf(entryId);
      const shown = latest.current.selected;
      const current = shown?.glossaryEntryId === entryId ? shown : null;
      const next = (current && mentions.find((mention) => mention.start > current.start)) ?? mentions[0];
      if (next) onShowAnnotation(next.id);
    },
    [mentionsOf, onShowAnnotation],
  );
  const annotateAll = useCallback(
    (entryId: number) => {
      const first = mentionsOf(entryId)[0];
      if (first) void actions.annotateAll(first.id);
    },
    [actions, mentionsOf],
  );
  return (
    <aside className="entity-panel" aria-labelledby="entity-panel-title">
      {selected && (
        <SelectedMention
          key={selected.id}
          annotation={selected}
          annotations={annotations}
          glossary={glossary}
          actions={actions}
          onSelect={onShowAnnotation}
        />
      )}
      {claims}
      <SuggestionSummary
        suggestions={suggestions}
        error={suggestionsError}
        onAcceptAll={(entryId) => void actions.acceptAll(entryId)}
        onRejectAll={(entryId) => void actions.rejectAll(entryId)}
      />
      <div className="entity-panel-header">
        <h2 id="entity-panel-title">{t('entities.title')}</h2>
        <span className="muted">{t('entities.count', { count: entities.length })}</span>
      </div>
      {entities.length === 0 ? (
        <p className="empty-state">{t('entities.empty')}</p>
      ) : (
        <ul className="entity-list" aria-label={t('entities.panelLabel')}>
          {entities.map(({ entry, mentions }) => (
            <Row
              key={entry.id}
              entry={entry}
              mentions={mentions.length}
              selected={entry.id === selected?.glossaryEntryId}
              onShow={showEntry}
              onSaved={actions.entrySaved}
              onAnnotateAll={annotateAll}
            />
          ))}
        </ul>
      )}
      {unlinked.length > 0 && (
        <section className="unlinked" aria-labelledby="unlinked-title">
          <h3 id="unlinked-title">{t('entities.unlinked', { count: unlinked.length })}</h3>
          <ul>
            {unlinked.map((annotation) => (
              <li key={annotation.id}>
                <button type="button" className="link-button" onClick={() => onShowAnnotation(annotation.id)}>
                  <span className={`swatch label-${annotation.label}`} aria-hidden="true" />
                  <span lang="fr">{annotation.quote}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
