import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../app/api';
import { toPasserelleError } from '../../shared/errors';
import { useSaveTracker } from '../app/saveTrackerContext';
import { useErrorMessage } from '../ui/useErrorMessage';
import { ConfirmDialog } from '../ui/ConfirmDialog';

/// Asks before deleting an article (with its annotations), then deletes it as one undoable step;
/// a refusal is shown in the dialog and nothing is lost.
export function DeleteArticleDialog({
  article,
  onDeleted,
  onCancel,
}: {
  readonly article: { readonly id: number; readonly title: string; readonly annotationCount: number };
  readonly onDeleted: () => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  // Tracked like every write, so the Undo button learns of the new step.
  const saveTracker = useSaveTracker();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await saveTracker.track(api['articles.delete']({ id: article.id }));
      onDeleted();
    } catch (caught) {
      setError(t('library.deleteFailed', { reason: errorMessage(toPasserelleError(caught)) }));
      setBusy(false);
    }
  };

  return (
    <ConfirmDialog
      title={t('library.deleteTitle')}
      message={
        article.annotationCount === 0
          ? t('library.deleteMessageUnannotated', { title: article.title })
          : t('library.deleteMessage', { title: article.title, count: article.annotationCount })
      }
      confirmLabel={t('library.deleteConfirm')}
      busy={busy}
      error={error}
      onConfirm={() => void remove()}
      onCancel={onCancel}
    />
  );
}
