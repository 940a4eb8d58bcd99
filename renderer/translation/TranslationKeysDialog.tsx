import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../ui/ModalDialog';
import { keyPresets, presetKeys, type KeyPreset, type TranslationKeyAction } from './translationKeys';

const listedActions: readonly TranslationKeyAction['type'][] = [
  'confirmAndNext',
  'nextUnconfirmed',
  'next',
  'previous',
  'insertTerm',
  'help',
];

/// The help panel of the translation view's keys, with the choice of key set (remembered).
export function TranslationKeysDialog({
  preset,
  onPreset,
  onClose,
}: {
  readonly preset: KeyPreset;
  readonly onPreset: (preset: KeyPreset) => void;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const keys = presetKeys(preset);
  return (
    <ModalDialog
      title={t('translation.keysTitle')}
      onClose={onClose}
      actions={
        <button type="button" className="button button-primary" onClick={onClose}>
          {t('translation.close')}
        </button>
      }
    >
      <fieldset className="choice-group">
        <legend>{t('translation.keyPreset')}</legend>
        {keyPresets.map((choice) => (
          <label key={choice} className="choice">
            <input
              type="radio"
              name="translation-key-preset"
              value={choice}
              checked={preset === choice}
              onChange={() => onPreset(choice)}
            />
            {t(`translation.preset.${choice}`)}
          </label>
        ))}
      </fieldset>
      <table className="translation-keys">
        <caption className="visually-hidden">{t('translation.keysTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('translation.keysColumn')}</th>
            <th scope="col">{t('translation.actionColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {listedActions.map((action) => (
            <tr key={action}>
              <td>
                <kbd>{keys[action]}</kbd>
              </td>
              <td>{t(`translation.key.${action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('translation.keysMac')}</p>
    </ModalDialog>
  );
}
