import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/// One label of the file the workspace lacks: create it (the empty value) or use an existing one.
export function LabelMappingField({
  name,
  value,
  options,
  disabled,
  onChange,
}: {
  readonly name: string;
  readonly value: string;
  readonly options: readonly { readonly key: string; readonly name: string }[];
  readonly disabled: boolean;
  readonly onChange: (key: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{t('importDialog.labelFor', { name })}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        <option value="">{t('importDialog.createLabel', { name })}</option>
        {options.map((option) => (
          <option key={option.key} value={option.key}>
            {t('importDialog.mapTo', { label: option.name })}
          </option>
        ))}
      </select>
    </>
  );
}
