import { useTranslation } from 'react-i18next';
import { historyMessageValues, type HistoryMessage } from '../../shared/historyMessages';
import { labelName } from '../labels/labelName';
import { useHistory } from './historyContext';
import { useWorkspaceAuthor } from './workspaceAuthorContext';

/// Undo and Redo buttons; each names the action it would revert or replay, in the UI language,
/// and who did it when that was someone else than the name set now ("Undo: Mark “Macron” as
/// Person (Claire)").
export function HistoryButtons() {
  const { t, i18n } = useTranslation();
  const history = useHistory();
  const { author: currentAuthor } = useWorkspaceAuthor();
  const { canUndo, canRedo, undoMessage, redoMessage, undoAuthor, redoAuthor } = history.state;
  const action = (message: HistoryMessage, author: string | null) => {
    const said = t(
      message.key,
      historyMessageValues(message, (label) => labelName(label, i18n.language)),
    );
    return author !== null && author !== currentAuthor ? t('author.stepBy', { action: said, author }) : said;
  };
  const undoLabel = undoMessage
    ? t('history.undoAction', { action: action(undoMessage, undoAuthor) })
    : t('history.undo');
  const redoLabel = redoMessage
    ? t('history.redoAction', { action: action(redoMessage, redoAuthor) })
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
