import { useTranslation } from 'react-i18next';
import type { QaIssue } from '../../shared/translation/qa';

/// The open QA issues of a segment's English text, under it, each with "Ignore…" and, for a claim
/// whose stored translation differs, the offer to store this one. "Not translated yet" is left to
/// the status badge.
export function SegmentIssues({
  number,
  issues,
  onIgnore,
  onUseForClaim,
}: {
  readonly number: number;
  readonly issues: readonly QaIssue[];
  readonly onIgnore: (issue: QaIssue) => void;
  readonly onUseForClaim: (claimId: number) => void;
}) {
  const { t } = useTranslation();
  const shown = issues.filter((issue) => issue.ignoredReason === null && issue.code !== 'untranslated');
  if (shown.length === 0) return null;
  return (
    <ul className="segment-issues" aria-label={t('translation.issuesLabel', { number })}>
      {shown.map((issue) => (
        <li key={issue.key} className="segment-issue" data-severity={issue.severity} data-code={issue.code}>
          <span className="visually-hidden">{t(`translation.severity.${issue.severity}`)}: </span>
          <span lang="en">{t(`qa.${issue.code}`, { ...issue.params })}</span>
          <span className="segment-issue-actions">
            {issue.code === 'claimDiffers' && typeof issue.params.annotationId === 'number' && (
              <button
                type="button"
                className="link-button"
                onClick={() => onUseForClaim(Number(issue.params.annotationId))}
              >
                {t('translation.useForClaim')}
              </button>
            )}
            <button type="button" className="link-button" onClick={() => onIgnore(issue)}>
              {t('translation.ignore')}
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}
