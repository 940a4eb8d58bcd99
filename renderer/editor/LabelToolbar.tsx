import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Label } from '../../shared/domain';
import { labelName } from '../labels/labelName';

/// The floating toolbar shown on a text selection: one button per workspace label, with its key,
/// and one that marks the selection as a claim.
export function LabelToolbar({
  labels,
  position,
  onChoose,
  onClaim,
}: {
  readonly labels: readonly Label[];
  readonly position: CSSProperties;
  readonly onChoose: (label: string) => void;
  readonly onClaim: () => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <div className="label-toolbar" role="toolbar" aria-label={t('editor.toolbarLabel')} style={position}>
      {labels.map((label) => (
        <button
          key={label.key}
          type="button"
          className={`label-button label-${label.key}`}
          aria-keyshortcuts={label.shortcut ?? undefined}
          // Keep the editor's focus and selection: the click acts on what is selected there.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onChoose(label.key)}
        >
          <span className="swatch" aria-hidden="true" />
          {labelName(label, i18n.resolvedLanguage)}
          {label.shortcut && <kbd>{label.shortcut}</kbd>}
        </button>
      ))}
      <button
        type="button"
        className="label-button claim-button"
        aria-keyshortcuts="C"
        aria-label={t('claims.markAsClaim')}
        onMouseDown={(event) => event.preventDefault()}
        onClick={onClaim}
      >
        <span className="claim-swatch" aria-hidden="true" />
        {t('claims.claim')}
        <kbd>C</kbd>
      </button>
    </div>
  );
}
