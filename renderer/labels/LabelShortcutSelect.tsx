import { useTranslation } from 'react-i18next';
import type { Label } from '../../shared/domain';
import { labelName } from './labelName';

/// The keys a label can have as its shortcut, in the order the select lists them.
export const shortcutKeys: readonly string[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/// The shortcut key select of the label settings: "No key" or a key 1–9; a key another label
/// holds is listed with that label's name and cannot be picked.
export function LabelShortcutSelect({
  ariaLabel,
  value,
  others,
  onChange,
}: {
  readonly ariaLabel: string;
  readonly value: string | null;
  /// The labels whose keys are taken: every label but the one this select is for.
  readonly others: readonly Label[];
  readonly onChange: (shortcut: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <select
      aria-label={ariaLabel}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
    >
      <option value="">{t('labels.noShortcut')}</option>
      {shortcutKeys.map((key) => {
        const holder = others.find((other) => other.shortcut === key);
        return (
          <option key={key} value={key} disabled={holder !== undefined}>
            {holder
              ? t('labels.shortcutTaken', { key, name: labelName(holder, i18n.resolvedLanguage) })
              : key}
          </option>
        );
      })}
    </select>
  );
}
