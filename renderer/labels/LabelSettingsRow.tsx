import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Label } from '../../shared/domain';
import { labelName } from './labelName';
import { LabelColourInput } from './LabelColourInput';
import { LabelShortcutSelect } from './LabelShortcutSelect';

/// What a label row can change.
export interface LabelChange {
  readonly nameEn?: string;
  readonly nameFr?: string;
  readonly colour?: string;
  readonly shortcut?: string | null;
}

/// One label in the label settings: colour, English and French names (saved on leaving the
/// field or Enter), shortcut key, move up/down and delete.
export function LabelSettingsRow({
  label,
  labels,
  first,
  last,
  onUpdate,
  onMove,
  onDelete,
}: {
  readonly label: Label;
  readonly labels: readonly Label[];
  readonly first: boolean;
  readonly last: boolean;
  readonly onUpdate: (change: LabelChange) => void;
  readonly onMove: (direction: -1 | 1) => void;
  readonly onDelete: () => void;
}) {
  const { t, i18n } = useTranslation();
  const name = labelName(label, i18n.resolvedLanguage);
  const [nameEn, setNameEn] = useState(label.nameEn);
  const [nameFr, setNameFr] = useState(label.nameFr);
  const [colour, setColour] = useState(label.colour);
  const saveName = (field: 'nameEn' | 'nameFr', value: string) => {
    const trimmed = value.trim();
    if (trimmed && trimmed !== label[field]) onUpdate({ [field]: trimmed });
  };
  return (
    <li className={`label-settings-row label-${label.key}`}>
      <LabelColourInput
        ariaLabel={t('labels.colourOf', { name })}
        value={colour}
        onChange={setColour}
        onBlur={() => {
          if (colour !== label.colour) onUpdate({ colour });
        }}
      />
      <input
        type="text"
        lang="en"
        aria-label={t('labels.nameEnOf', { name })}
        value={nameEn}
        onChange={(event) => setNameEn(event.target.value)}
        onBlur={() => saveName('nameEn', nameEn)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') saveName('nameEn', nameEn);
        }}
      />
      <input
        type="text"
        lang="fr"
        aria-label={t('labels.nameFrOf', { name })}
        value={nameFr}
        onChange={(event) => setNameFr(event.target.value)}
        onBlur={() => saveName('nameFr', nameFr)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') saveName('nameFr', nameFr);
        }}
      />
      <LabelShortcutSelect
        ariaLabel={t('labels.shortcutOf', { name })}
        value={label.shortcut}
        others={labels.filter((other) => other.id !== label.id)}
        onChange={(shortcut) => onUpdate({ shortcut })}
      />
      <div className="label-settings-buttons">
        <button
          type="button"
          className="button button-small button-quiet icon-button"
          aria-label={t('labels.moveUp', { name })}
          title={t('labels.moveUp', { name })}
          data-focus-key={`${label.key}:up`}
          disabled={first}
          onClick={() => onMove(-1)}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="button button-small button-quiet icon-button"
          aria-label={t('labels.moveDown', { name })}
          title={t('labels.moveDown', { name })}
          data-focus-key={`${label.key}:down`}
          disabled={last}
          onClick={() => onMove(1)}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          type="button"
          className="button button-small button-quiet button-danger-quiet"
          aria-label={t('labels.deleteNamed', { name })}
          onClick={onDelete}
        >
          {t('labels.delete')}
        </button>
      </div>
    </li>
  );
}
