import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Label } from '../../shared/domain';
import { api } from '../app/api';
import { toPasserelleError } from '../../shared/errors';
import { labelName } from './labelName';
import { useSaveTracker } from '../app/saveTrackerContext';
import { useErrorMessage } from '../ui/useErrorMessage';
import { ModalDialog } from '../ui/ModalDialog';

/// Asks what becomes of a label's annotations before deleting it: deleted with it, or moved to
/// another label; says how many there are.
export function DeleteLabelDialog({
  label,
  others,
  name,
  onDone,
  onCancel,
}: {
  readonly label: Label;
  readonly others: readonly Label[];
  readonly name: string;
  readonly onDone: () => void;
  readonly onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const saveTracker = useSaveTracker();
  const groupId = useId();
  const [mentions, setMentions] = useState<number | null>(null);
  const [choice, setChoice] = useState<'delete' | 'reassign'>(others.length > 0 ? 'reassign' : 'delete');
  const [target, setTarget] = useState<number | undefined>(others[0]?.id);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    api['glossary.list']({ label: label.key }).then(
      (entries) => {
        if (current) setMentions(entries.reduce((sum, entry) => sum + entry.mentionCount, 0));
      },
      () => {
        if (current) setMentions(null);
      },
    );
    return () => {
      current = false;
    };
  }, [label.key]);

  const confirm = async () => {
    setBusy(true);
    try {
      await saveTracker.track(
        api['labels.delete'](
          choice === 'reassign' && target !== undefined
            ? { id: label.id, annotations: 'reassign', reassignTo: target }
            : { id: label.id, annotations: 'delete' },
        ),
      );
      onDone();
    } catch (failure) {
      setError(errorMessage(toPasserelleError(failure)));
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      title={t('labels.deleteTitle', { name })}
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {t('labels.cancel')}
          </button>
          <button
            type="button"
            className="button button-danger"
            disabled={busy}
            onClick={() => void confirm()}
          >
            {t('labels.deleteConfirm', { name })}
          </button>
        </>
      }
    >
      <p className="modal-message">
        {mentions === null ? t('labels.deleteUnknownCount') : t('labels.deleteCount', { count: mentions })}
      </p>
      <fieldset className="choice-group" aria-describedby={groupId}>
        <legend id={groupId} className="visually-hidden">
          {t('labels.deleteChoice')}
        </legend>
        {others.length > 0 && (
          <label className="choice">
            <input
              type="radio"
              name="label-delete"
              checked={choice === 'reassign'}
              onChange={() => setChoice('reassign')}
            />
            {t('labels.reassign')}
            <select
              aria-label={t('labels.reassignTo')}
              value={target}
              disabled={choice !== 'reassign'}
              onChange={(event) => setTarget(Number(event.target.value))}
            >
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {labelName(other, i18n.resolvedLanguage)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="choice">
          <input
            type="radio"
            name="label-delete"
            checked={choice === 'delete'}
            onChange={() => setChoice('delete')}
          />
          {t('labels.deleteAnnotations')}
        </label>
      </fieldset>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
    </ModalDialog>
  );
}
