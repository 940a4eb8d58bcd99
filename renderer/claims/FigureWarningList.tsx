import { useTranslation } from 'react-i18next';
import type { FigureWarning } from './figureWarnings';

/// The figures an English translation does not keep, as a live list beside it; nothing when it
/// keeps them all.
export function FigureWarningList({
  id,
  warnings,
}: {
  readonly id: string;
  readonly warnings: readonly FigureWarning[];
}) {
  const { t } = useTranslation();
  return (
    <div id={id} role="status" aria-live="polite" className="figure-warnings">
      {warnings.length > 0 && (
        <ul aria-label={t('claims.figureWarnings')}>
          {warnings.map((warning, index) => (
            <li key={index}>
              {warning.type === 'changed'
                ? t('claims.figureChanged', { source: warning.source, target: warning.target })
                : warning.type === 'missing'
                  ? t('claims.figureMissing', { source: warning.source })
                  : t('claims.figureExtra', { target: warning.target })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
