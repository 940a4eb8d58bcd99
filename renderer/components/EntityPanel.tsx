import { useTranslation } from 'react-i18next';
import type { Annotation, GlossaryEntry } from '../../shared/domain';
import { EntityRow } from './EntityRow';

/// The glossary entries this article mentions, in order of first mention, with mention counts.
export function articleEntities(
  annotations: readonly Annotation[],
  glossary: readonly GlossaryEntry[],
): { readonly entry: GlossaryEntry; readonly mentions: number }[] {
  const entries = new Map(glossary.map((entry) => [entry.id, entry]));
  const mentions = new Map<number, number>();
  for (const annotation of [...annotations].sort((a, b) => a.start - b.start)) {
    if (annotation.glossaryEntryId === null || !entries.has(annotation.glossaryEntryId)) continue;
    mentions.set(annotation.glossaryEntryId, (mentions.get(annotation.glossaryEntryId) ?? 0) + 1);
  }
  return [...mentions].flatMap(([id, count]) => {
    const entry = entries.get(id);
    return entry ? [{ entry, mentions: count }] : [];
  });
}

/// The side panel: this article's entities, each with its English term to fill in.
export function EntityPanel({
  annotations,
  glossary,
  selectedEntryId,
  onShowEntry,
  onEntrySaved,
}: {
  readonly annotations: readonly Annotation[];
  readonly glossary: readonly GlossaryEntry[];
  readonly selectedEntryId: number | null;
  readonly onShowEntry: (entryId: number) => void;
  readonly onEntrySaved: (entry: GlossaryEntry) => void;
}) {
  const { t } = useTranslation();
  const entities = articleEntities(annotations, glossary);
  return (
    <aside className="entity-panel" aria-labelledby="entity-panel-title">
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
              mentions={mentions}
              selected={entry.id === selectedEntryId}
              onShow={() => onShowEntry(entry.id)}
              onSaved={onEntrySaved}
            />
          ))}
        </ul>
      )}
    </aside>
  );
}
