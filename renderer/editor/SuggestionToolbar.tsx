import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Suggestion } from '../../shared/domain';

/// The small toolbar under a selected suggestion: accept it, reject it, or accept every
/// suggestion of its glossary entry in this article.
export function SuggestionToolbar({
  suggestion,
  position,
  onAccept,
  onReject,
  onAcceptEntry,
}: {
  readonly suggestion: Suggestion;
  readonly position: CSSProperties;
  readonly onAccept: () => void;
  readonly onReject: () => void;
  readonly onAcceptEntry: () => void;
}) {
  const { t } = useTranslation();
  const name = suggestion.englishTerm
    ? t('suggestions.nameWithEnglish', { french: suggestion.frenchTerm, english: suggestion.englishTerm })
    : suggestion.frenchTerm;
  return (
    <div
      className="suggestion-toolbar"
      role="toolbar"
      aria-label={t('suggestions.toolbarLabel', { name })}
      style={position}
    >
      <span className="suggestion-toolbar-name">{name}</span>
      <button
        type="button"
        className="button button-small button-primary"
        aria-keyshortcuts="Enter"
        onMouseDown={(event) => event.preventDefault()}
        onClick={onAccept}
      >
        {t('suggestions.accept')} <kbd>↵</kbd>
      </button>
      <button
        type="button"
        className="button button-small"
        aria-keyshortcuts="X Shift+Delete"
        onMouseDown={(event) => event.preventDefault()}
        onClick={onReject}
      >
        {t('suggestions.reject')} <kbd>X</kbd>
      </button>
      <button
        type="button"
        className="button button-small button-quiet"
        onMouseDown={(event) => event.preventDefault()}
        onClick={onAcceptEntry}
      >
        {t('suggestions.acceptEntry', { term: suggestion.frenchTerm })}
      </button>
    </div>
  );
}
