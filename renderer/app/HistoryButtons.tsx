import { useTranslation } from 'react-i18next';
import { useHistory } from './historyContext';

/// Undo and Redo buttons; each names the action it would revert or replay.
export function HistoryButtons() {
  const { t } = useTranslation();
  const history = useHistory();
  const { canUndo, canRedo, undoDescription, redoDescription } = history.state;
  const undoLabel = undoDescription
    ? t('history.undoAction', { action: undoDescription })
    : t('history.undo');
  const redoLabel = redoDescription
    ? t('history.redoAction', { action: redoDescription })
    : t('history.redo');
  return (
    <div className="history-buttons" role="group" aria-label={t('history.group')}>
      <button
        type="button"
        className="button button-quiet icon-button"
        aria-label={undoLabel}
        title={`${undoLabel} (${t('history.undoKeys')})`}
        disabled={!canUndo}
        onClick={() => void history.undo()}
      >
        <span aria-hidden="true">↶</span>
        <span className="icon-button-text">{t('history.undo')}</span>
      </button>
      <button
        type="button"
        className="button button-quiet icon-button"
        aria-label={redoLabel}
        title={`${redoLabel} (${t('history.redoKeys')})`}
        disabled={!canRedo}
        onClick={() => void history.redo()}
      >
        <span aria-hidden="true">↷</span>
        <span className="icon-button-text">{t('history.redo')}</span>
      </button>
    </div>
  );
}
