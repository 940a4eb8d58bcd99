import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../shared/contract';

/// The numbers of an import, as a definition list: what it would do (after the dialog inspected
/// the file) or what it did (its report).
export function ImportCounts({ summary }: { readonly summary: ImportSummary }) {
  const { t } = useTranslation();
  const rows: [string, number][] =
    summary.kind === 'glossary'
      ? [
          ['entries', summary.entries],
          ['created', summary.created],
          ['merged', summary.merged],
          ['unchanged', summary.unchanged],
          ['conflicts', summary.conflicts.length],
        ]
      : [
          ['records', summary.records],
          ['articlesCreated', summary.articlesCreated],
          ['articlesMatched', summary.articlesMatched],
          ['spansImported', summary.spansImported],
          ['spansAlreadyThere', summary.spansAlreadyThere],
          ['problems', summary.problems.length],
        ];
  return (
    <dl className="import-counts">
      <div>
        <dt>{t('importDialog.detected')}</dt>
        <dd>{t(`importDialog.formats.${summary.format}`)}</dd>
      </div>
      {rows.map(([key, value]) => (
        <div key={key}>
          <dt>{t(`importDialog.counts.${key}`)}</dt>
          <dd>{t('importDialog.number', { value })}</dd>
        </div>
      ))}
      {summary.newLabels.length > 0 && (
        <div>
          <dt>{t('importDialog.counts.newLabels')}</dt>
          <dd>{summary.newLabels.join(', ')}</dd>
        </div>
      )}
    </dl>
  );
}
