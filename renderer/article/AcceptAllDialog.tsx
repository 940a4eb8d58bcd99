import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import type { AcceptAllRequest } from './acceptAllRequest';

/// Asks before accepting many suggestions at once, saying how many, in which article, and that
/// one undo takes them all back.
export function AcceptAllDialog({
  request,
  articleTitle,
  onConfirm,
  onCancel,
}: {
  readonly request: AcceptAllRequest;
  readonly articleTitle: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { count, term } = request;
  return (
    <ConfirmDialog
      title={t('acceptAllConfirm.title', { count })}
      message={
        term === undefined
          ? t('acceptAllConfirm.message', { count, article: articleTitle })
          : t('acceptAllConfirm.messageOfEntry', { count, term, article: articleTitle })
      }
      confirmLabel={t('acceptAllConfirm.confirm', { count })}
      confirmTone="primary"
      busy={false}
      error={null}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
