import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QaIssue } from '../../shared/translation/qa';
import { ModalDialog } from '../ui/ModalDialog';

/// Asks why a QA issue is not a problem; the reason is kept with the segment.
export function IgnoreIssueDialog({
  issue,
  onIgnore,
  onCancel,
}: {
  readonly issue: QaIssue;
  readonly onIgnore: (reason: string) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const fieldId = useId();
  return (
    <ModalDialog
      title={t('translation.ignoreTitle')}
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {t('translation.cancel')}
          </button>
          <button type="button" className="button button-primary" onClick={() => onIgnore(reason.trim())}>
            {t('translation.ignoreConfirm')}
          </button>
        </>
      }
    >
      <p className="modal-message" lang="en">
        {t(`qa.${issue.code}`, { ...issue.params })}
      </p>
      <label className="field" htmlFor={fieldId}>
        {t('translation.ignoreReason')}
      </label>
      <textarea
        id={fieldId}
        className="ignore-reason"
        rows={3}
        maxLength={500}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
    </ModalDialog>
  );
}
