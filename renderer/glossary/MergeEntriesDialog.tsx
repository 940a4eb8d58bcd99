import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry, MergeConflict } from '../../shared/domain';
import { api } from '../app/api';
import { toPasserelleError } from '../../shared/errors';
import { useSaveTracker } from '../app/saveTrackerContext';
import { useErrorMessage } from '../ui/useErrorMessage';
import { ModalDialog } from '../ui/ModalDialog';

/// Merges two glossary entries: the user chooses the one to keep; the other's mentions move to
/// it and their variants unite. Afterwards shows where the two disagreed and what was kept.
export function MergeEntriesDialog({
  entries,
  onMerged,
  onClose,
}: {
  readonly entries: readonly [GlossaryEntry, GlossaryEntry];
  readonly onMerged: (keptId: number) => void;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const saveTracker = useSaveTracker();
  const [keep, setKeep] = useState(entries[0].id);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ entry: GlossaryEntry; conflicts: readonly MergeConflict[] } | null>(
    null,
  );
  const source = entries.find((entry) => entry.id !== keep)!;

  const merge = async () => {
    setBusy(true);
    try {
      const merged = await saveTracker.track(api['glossary.merge']({ targetId: keep, sourceId: source.id }));
      setResult(merged);
      setError(null);
    } catch (failure) {
      setError(errorMessage(toPasserelleError(failure)));
    }
    setBusy(false);
  };

  if (result)
    return (
      <ModalDialog
        title={t('glossary.mergedTitle', { term: result.entry.frenchTerm })}
        onClose={() => onMerged(result.entry.id)}
        actions={
          <button type="button" className="button button-primary" onClick={() => onMerged(result.entry.id)}>
            {t('glossary.mergedClose')}
          </button>
        }
      >
        {result.conflicts.length === 0 ? (
          <p className="modal-message">{t('glossary.mergedNoConflicts')}</p>
        ) : (
          <>
            <p className="modal-message">{t('glossary.mergedConflicts')}</p>
            <ul className="conflict-list">
              {result.conflicts.map((conflict) => (
                <li key={conflict.field}>
                  <strong>{t(`glossary.field.${conflict.field}`)}</strong>
                  {' — '}
                  {t('glossary.conflict', { kept: conflict.kept || '—', dropped: conflict.dropped || '—' })}
                </li>
              ))}
            </ul>
          </>
        )}
      </ModalDialog>
    );

  return (
    <ModalDialog
      title={t('glossary.mergeTitle')}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('glossary.cancel')}
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void merge()}
          >
            {t('glossary.mergeConfirm', {
              source: source.frenchTerm,
              target: entries.find((entry) => entry.id === keep)!.frenchTerm,
            })}
          </button>
        </>
      }
    >
      <p className="modal-message">{t('glossary.mergeExplain')}</p>
      <fieldset className="choice-group">
        <legend>{t('glossary.mergeKeep')}</legend>
        {entries.map((entry) => (
          <label key={entry.id} className="choice">
            <input
              type="radio"
              name="merge-keep"
              checked={keep === entry.id}
              onChange={() => setKeep(entry.id)}
            />
            <span lang="fr" className="choice-term">
              {entry.frenchTerm}
            </span>
            <span className="muted">
              {entry.englishTerm ? `→ ${entry.englishTerm} · ` : ''}
              {t('entities.mentions', { count: entry.mentionCount })}
            </span>
          </label>
        ))}
      </fieldset>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
    </ModalDialog>
  );
}
