import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelName } from './labelName';
import { useErrorMessage } from '../ui/useErrorMessage';
import { useWorkspaceLabels } from '../app/workspaceLabelsContext';
import { LabelSettingsDialog } from './LabelSettingsDialog';
import './labels.css';

/// The workspace labels with their colours and shortcut keys, how to work with the keyboard,
/// and the way to the label settings.
export function LabelLegend() {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const { labels, error } = useWorkspaceLabels();
  const [editing, setEditing] = useState(false);
  return (
    <section className="label-legend" aria-labelledby="label-legend-title">
      <h2 id="label-legend-title" className="visually-hidden">
        {t('editor.legendTitle')}
      </h2>
      <div className="label-legend-row">
        <ul>
          {labels.map((label) => (
            <li key={label.key}>
              <span className={`swatch label-${label.key}`} aria-hidden="true" />
              <span>{labelName(label, i18n.resolvedLanguage)}</span>
              {label.shortcut && (
                <kbd aria-label={t('editor.shortcut', { key: label.shortcut })}>{label.shortcut}</kbd>
              )}
            </li>
          ))}
        </ul>
        <button type="button" className="button button-quiet button-small" onClick={() => setEditing(true)}>
          {t('labels.edit')}
        </button>
      </div>
      {error && (
        <p className="inline-error" role="alert">
          {t('labels.loadFailed', { reason: errorMessage(error) })}
        </p>
      )}
      <details className="legend-help">
        <summary>{t('editor.legendHint')}</summary>
        <ul>
          <li>{t('editor.help.mark')}</li>
          <li>{t('claims.help')}</li>
          <li>{t('editor.help.step')}</li>
          <li>{t('editor.help.nested')}</li>
          <li>{t('editor.help.suggestions')}</li>
          <li>{t('editor.help.undo')}</li>
        </ul>
      </details>
      {editing && <LabelSettingsDialog onClose={() => setEditing(false)} />}
    </section>
  );
}
