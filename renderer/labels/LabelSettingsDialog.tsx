import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Label } from '../../shared/domain';
import { api } from '../app/api';
import { toPasserelleError } from '../../shared/errors';
import { labelName } from './labelName';
import { useSaveTracker } from '../app/saveTrackerContext';
import { useErrorMessage } from '../ui/useErrorMessage';
import { useWorkspaceLabels } from '../app/workspaceLabelsContext';
import { DeleteLabelDialog } from './DeleteLabelDialog';
import { LabelColourInput } from './LabelColourInput';
import { LabelSettingsRow } from './LabelSettingsRow';
import { LabelShortcutSelect, shortcutKeys } from './LabelShortcutSelect';
import { ModalDialog } from '../ui/ModalDialog';
import './labels.css';

/// A calm default for a new label: a colour none of the current labels uses, when there is one.
const newLabelColours = ['#5b8def', '#d1495b', '#00798c', '#edae49', '#66a182', '#8d6a9f', '#c17c74'];

/// The label settings: add, rename (English and French), recolour, give a shortcut, reorder and
/// delete the workspace's labels. Every change is saved as it is made.
export function LabelSettingsDialog({ onClose }: { readonly onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const saveTracker = useSaveTracker();
  const { labels, reload } = useWorkspaceLabels();
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Label | null>(null);
  const [nameEn, setNameEn] = useState('');
  const [nameFr, setNameFr] = useState('');
  // The new label's colour and key as picked in the form; undefined until picked, so that the
  // defaults follow the labels as they change (and are computed afresh for the next label).
  const [pickedColour, setPickedColour] = useState<string | undefined>(undefined);
  const [pickedShortcut, setPickedShortcut] = useState<string | null | undefined>(undefined);
  const listRef = useRef<HTMLOListElement>(null);
  const focusAfterMove = useRef<string | null>(null);

  // Moving a row re-inserts its buttons, which loses focus: put it back on the same button, or on
  // the row's other move button once it reached the end.
  useEffect(() => {
    const wanted = focusAfterMove.current;
    if (!wanted) return;
    focusAfterMove.current = null;
    const list = listRef.current;
    const button = list?.querySelector<HTMLButtonElement>(`[data-focus-key="${wanted}"]`);
    if (button && !button.disabled) button.focus();
    else
      list
        ?.querySelector<HTMLButtonElement>(`[data-focus-key^="${wanted.split(':')[0]}:"]:not(:disabled)`)
        ?.focus();
  }, [labels]);

  /// Saves a change and reloads the labels; says whether the change was saved.
  const run = async (write: Promise<unknown>): Promise<boolean> => {
    let saved = false;
    try {
      await saveTracker.track(write);
      setError(null);
      saved = true;
    } catch (failure) {
      setError(errorMessage(toPasserelleError(failure)));
    }
    await reload();
    return saved;
  };

  const move = (index: number, direction: -1 | 1) => {
    const ids = labels.map((label) => label.id);
    const other = index + direction;
    const moved = ids[index];
    const swapped = ids[other];
    if (moved === undefined || swapped === undefined) return;
    ids[index] = swapped;
    ids[other] = moved;
    focusAfterMove.current = `${labels[index]!.key}:${direction === -1 ? 'up' : 'down'}`;
    void run(api['labels.reorder']({ ids }));
  };

  const usedColours = new Set(labels.map((label) => label.colour.toLowerCase()));
  const nextColour = newLabelColours.find((colour) => !usedColours.has(colour)) ?? newLabelColours[0]!;
  const usedShortcuts = new Set(labels.map((label) => label.shortcut));
  const nextShortcut = shortcutKeys.find((key) => !usedShortcuts.has(key)) ?? null;
  const newColour = pickedColour ?? nextColour;
  // A picked key that a row has since taken falls back to the next free one.
  const newShortcut =
    pickedShortcut === undefined || (pickedShortcut !== null && usedShortcuts.has(pickedShortcut))
      ? nextShortcut
      : pickedShortcut;

  return (
    <ModalDialog
      title={t('labels.settingsTitle')}
      onClose={onClose}
      actions={
        <button type="button" className="button button-primary" onClick={onClose}>
          {t('labels.done')}
        </button>
      }
    >
      <p className="modal-message muted">{t('labels.settingsHint')}</p>
      <ol className="label-settings-list" ref={listRef}>
        {labels.map((label, index) => (
          <LabelSettingsRow
            key={label.key}
            label={label}
            labels={labels}
            first={index === 0}
            last={index === labels.length - 1}
            onUpdate={(fields) => void run(api['labels.update']({ id: label.id, ...fields }))}
            onMove={(direction) => move(index, direction)}
            onDelete={() => setDeleting(label)}
          />
        ))}
      </ol>
      <form
        className="label-add"
        onSubmit={(event) => {
          event.preventDefault();
          if (!nameEn.trim() || !nameFr.trim()) {
            setError(t('labels.namesRequired'));
            return;
          }
          void run(
            api['labels.create']({
              nameEn: nameEn.trim(),
              nameFr: nameFr.trim(),
              colour: newColour,
              shortcut: newShortcut,
            }),
          ).then((created) => {
            if (!created) return;
            setNameEn('');
            setNameFr('');
            setPickedColour(undefined);
            setPickedShortcut(undefined);
          });
        }}
      >
        <h3 className="label-add-title">{t('labels.addTitle')}</h3>
        <LabelColourInput ariaLabel={t('labels.newColour')} value={newColour} onChange={setPickedColour} />
        <input
          type="text"
          aria-label={t('labels.newNameEn')}
          placeholder={t('labels.nameEn')}
          lang="en"
          value={nameEn}
          onChange={(event) => setNameEn(event.target.value)}
        />
        <input
          type="text"
          aria-label={t('labels.newNameFr')}
          placeholder={t('labels.nameFr')}
          lang="fr"
          value={nameFr}
          onChange={(event) => setNameFr(event.target.value)}
        />
        <LabelShortcutSelect
          ariaLabel={t('labels.newShortcut')}
          value={newShortcut}
          others={labels}
          onChange={setPickedShortcut}
        />
        <button type="submit" className="button">
          {t('labels.add')}
        </button>
      </form>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      {deleting && (
        <DeleteLabelDialog
          label={deleting}
          others={labels.filter((label) => label.id !== deleting.id)}
          name={labelName(deleting, i18n.resolvedLanguage)}
          onDone={() => {
            setDeleting(null);
            void reload();
          }}
          onCancel={() => setDeleting(null)}
        />
      )}
    </ModalDialog>
  );
}
