import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../shared/domain';
import type { QaIssue } from '../../shared/translation/qa';
import { isOpen } from './segmentQa';

/// How many issues the panel lists at most; the filter shows every segment with one.
const listedIssues = 200;

/// The article's open QA issues of its stored translations, each a link to its segment, and the
/// filter "Only segments with QA issues". Untranslated segments are counted, not listed. Memoised:
/// moving from one segment to the next must not redraw it.
export const QaPanel = memo(function QaPanel({
  segments,
  issues,
  numbers,
  onlyIssues,
  onOnlyIssues,
  onShow,
}: {
  readonly segments: readonly Segment[];
  readonly issues: ReadonlyMap<number, readonly QaIssue[]>;
  readonly numbers: ReadonlyMap<number, number>;
  readonly onlyIssues: boolean;
  readonly onOnlyIssues: (only: boolean) => void;
  readonly onShow: (segmentId: number) => void;
}) {
  const { t } = useTranslation();
  const open: { readonly segmentId: number; readonly issue: QaIssue }[] = [];
  let untranslated = 0;
  for (const segment of segments) {
    for (const issue of issues.get(segment.id) ?? []) {
      if (!isOpen(issue)) continue;
      if (issue.code === 'untranslated') untranslated += 1;
      else open.push({ segmentId: segment.id, issue });
    }
  }
  return (
    <section className="translation-panel" aria-labelledby="qa-panel-title">
      <h2 id="qa-panel-title" className="translation-panel-title">
        {t('translation.qaTitle')}{' '}
        <span className="muted small">{t('translation.qaCount', { count: open.length })}</span>
      </h2>
      <label className="choice">
        <input
          type="checkbox"
          checked={onlyIssues}
          onChange={(event) => onOnlyIssues(event.target.checked)}
        />
        {t('translation.onlyIssues')}
      </label>
      {untranslated > 0 && (
        <p className="muted small">{t('translation.untranslatedCount', { count: untranslated })}</p>
      )}
      {open.length === 0 ? (
        <p className="muted">{t('translation.qaNone')}</p>
      ) : (
        <ul className="qa-list">
          {open.slice(0, listedIssues).map(({ segmentId, issue }) => (
            <li key={`${segmentId}:${issue.key}`} data-severity={issue.severity}>
              <button type="button" className="link-button" onClick={() => onShow(segmentId)}>
                {t('translation.goToSegment', { number: numbers.get(segmentId) ?? 0 })}
              </button>{' '}
              <span lang="en">{t(`qa.${issue.code}`, { ...issue.params })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
