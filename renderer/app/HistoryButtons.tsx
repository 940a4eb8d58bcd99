import { useTranslation } from 'react-i18next';
import { historyMessageValues, type HistoryMessage } from '../../shared/historyMessages';
import { labelName } from '../labels/labelName';
import { useHistory } from './historyContext';

/// Undo and Redo buttons; each names the action it would revert or replay, in the UI language.
export function HistoryButtons() {
  const { t, i18n } = useTranslation();
  const history = useHistory();
  const { canUndo, canRedo, undoMessage, redoMessage } = history.state;
  const action = (message: HistoryMessage) =>
    t(
      message.key,
      historyMessageValues(message, (label) => labelName(label, i18n.language)),
    );
  const undoLabel = undoMessage
    ? t('history.undoAction', { action: action(undoMessage) })
    : t('history.undo');
  const redoLabel = redoMessage
    ? t('history.redoAction', { action: action(redoMessage) })
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
