import { useTranslation } from 'react-i18next';
import { entityLabels, labelShortcut } from '../../shared/labels';

/// The entity labels with their colours and shortcut keys, and how to use them.
export function LabelLegend() {
  const { t } = useTranslation();
  return (
    <section className="label-legend" aria-labelledby="label-legend-title">
      <h2 id="label-legend-title" className="visually-hidden">
        {t('editor.legendTitle')}
      </h2>
      <ul>
        {entityLabels.map((label) => (
          <li key={label}>
            <span className={`swatch label-${label}`} aria-hidden="true" />
            <span>{t(`labels.${label}`)}</span>
            <kbd aria-label={t('editor.shortcut', { key: labelShortcut(label) })}>{labelShortcut(label)}</kbd>
          </li>
        ))}
      </ul>
      <p className="legend-hint">{t('editor.legendHint')}</p>
    </section>
  );
}
