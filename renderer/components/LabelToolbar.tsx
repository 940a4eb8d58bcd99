import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { entityLabels, labelShortcut, type EntityLabel } from '../../shared/labels';

/// The floating toolbar shown on a text selection: one button per label, with its key.
export function LabelToolbar({
  position,
  onChoose,
}: {
  readonly position: CSSProperties;
  readonly onChoose: (label: EntityLabel) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="label-toolbar" role="toolbar" aria-label={t('editor.toolbarLabel')} style={position}>
      {entityLabels.map((label) => (
        <button
          key={label}
          type="button"
          className={`label-button label-${label}`}
          aria-keyshortcuts={labelShortcut(label)}
          // Keep the editor's focus and selection: the click acts on what is selected there.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onChoose(label)}
        >
          <span className="swatch" aria-hidden="true" />
          {t(`labels.${label}`)}
          <kbd>{labelShortcut(label)}</kbd>
        </button>
      ))}
    </div>
  );
}
