import { useTranslation } from 'react-i18next';
import type { Suggestion } from '../../shared/domain';
import type { PasserelleError } from '../../shared/errors';
import { useErrorMessage } from '../ui/useErrorMessage';

/// The glossary entries suggested in this article with how often, in order of first occurrence.
export function suggestionGroups(suggestions: readonly Suggestion[]): {
  readonly entryId: number;
  readonly frenchTerm: string;
  readonly label: string;
  readonly count: number;
}[] {
  const groups = new Map<number, { entryId: number; frenchTerm: string; label: string; count: number }>();
  for (const suggestion of [...suggestions].sort((a, b) => a.start - b.start)) {
    const group = groups.get(suggestion.entryId);
    if (group) group.count += 1;
    else
      groups.set(suggestion.entryId, {
        entryId: suggestion.entryId,
        frenchTerm: suggestion.frenchTerm,
        label: suggestion.label,
        count: 1,
      });
  }
  return [...groups.values()];
}

/// The suggestions of the side panel: how many, accept or reject them all, or all of one entry.
export function SuggestionSummary({
  suggestions,
  error,
  onAcceptAll,
  onRejectAll,
}: {
  readonly suggestions: readonly Suggestion[];
  readonly error: PasserelleError | null;
  readonly onAcceptAll: (entryId?: number) => void;
  readonly onRejectAll: (entryId?: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  if (error)
    return (
      <p className="muted small" role="note">
        {t('suggestions.loadFailed', { reason: errorMessage(error) })}
      </p>
    );
  if (suggestions.length === 0) return null;
  const groups = suggestionGroups(suggestions);
  return (
    <section className="suggestion-summary" aria-labelledby="suggestion-summary-title">
      <div className="panel-section-header">
        <h3 id="suggestion-summary-title">{t('suggestions.title', { count: suggestions.length })}</h3>
        <div className="panel-section-actions">
          <button type="button" className="button button-small" onClick={() => onAcceptAll()}>
            {t('suggestions.acceptAll', { count: suggestions.length })}
          </button>
          <button type="button" className="button button-small button-quiet" onClick={() => onRejectAll()}>
            {t('suggestions.rejectAll', { count: suggestions.length })}
          </button>
        </div>
      </div>
      <ul className="suggestion-groups">
        {groups.map((group) => (
          <li key={group.entryId}>
            <span className={`swatch label-${group.label}`} aria-hidden="true" />
            <span className="suggestion-group-term" lang="fr">
              {group.frenchTerm}
            </span>
            <span className="muted">×{new Intl.NumberFormat(i18n.language).format(group.count)}</span>
            <button
              type="button"
              className="link-button"
              aria-label={t('suggestions.acceptEntry', { term: group.frenchTerm })}
              onClick={() => onAcceptAll(group.entryId)}
            >
              {t('suggestions.acceptShort')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
