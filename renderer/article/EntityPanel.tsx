import { useTranslation } from 'react-i18next';
import type { Annotation, GlossaryEntry, Suggestion } from '../../shared/domain';
import type { PasserelleError } from '../../shared/errors';
import type { ArticleWorkActions } from './useArticleWork';
import { EntityRow } from './EntityRow';
import { SelectedMention } from './SelectedMention';
import { SuggestionSummary } from './SuggestionSummary';

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

/// The side panel: the selected mention, the suggestions, this article's entities (each with its
/// English term to fill in) and the mentions linked to no entry.
export function EntityPanel({
  annotations,
  glossary,
  suggestions,
  suggestionsError,
  selectedId,
  actions,
  onShowAnnotation,
}: {
  readonly annotations: readonly Annotation[];
  readonly glossary: readonly GlossaryEntry[];
  readonly suggestions: readonly Suggestion[];
  readonly suggestionsError: PasserelleError | null;
  readonly selectedId: number | null;
  readonly actions: ArticleWorkActions;
  readonly onShowAnnotation: (id: number) => void;
}) {
  const { t } = useTranslation();
  const entities = articleEntities(annotations, glossary);
  const selected = annotations.find((annotation) => annotation.id === selectedId);
  const unlinked = annotations
    .filter((annotation) => annotation.glossaryEntryId === null)
    .sort((a, b) => a.start - b.start);
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
            <EntityRow
              key={entry.id}
              entry={entry}
              mentions={mentions.length}
              selected={entry.id === selected?.glossaryEntryId}
              onShow={() => {
                // Repeated clicks walk through the entry's mentions in the text.
                const current = selected?.glossaryEntryId === entry.id ? selected : null;
                const next =
                  (current && mentions.find((mention) => mention.start > current.start)) ?? mentions[0];
                if (next) onShowAnnotation(next.id);
              }}
              onSaved={actions.entrySaved}
              onAnnotateAll={() => {
                if (mentions[0]) void actions.annotateAll(mentions[0].id);
              }}
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
