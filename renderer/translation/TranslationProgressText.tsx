import { useTranslation } from 'react-i18next';
import type { TranslationProgress } from '../../shared/domain';

/// "12 / 80 segments translated · 5 reviewed", in the UI language.
export function TranslationProgressText({
  segments,
  translated,
  reviewed,
}: {
  readonly segments: number;
  readonly translated: number;
  readonly reviewed: number;
}) {
  const { t } = useTranslation();
  return (
    <>
      {t('translation.progress', { count: segments, translated })}
      {' · '}
      {t('translation.reviewed', { count: reviewed })}
    </>
  );
}

/// An article's translation progress as a pill of the library list; nothing for an article not split.
export function TranslationProgressPill({
  progress,
}: {
  readonly progress: TranslationProgress | undefined;
}) {
  if (!progress || progress.segments === 0) return null;
  return (
    <span className="pill">
      <TranslationProgressText
        segments={progress.segments}
        translated={progress.translatedSegments}
        reviewed={progress.reviewedSegments}
      />
    </span>
  );
}
