import { useTranslation } from 'react-i18next';
import type { TranslationProgress } from '../../shared/domain';

/// "12 / 80 segments translated · 5 reviewed", in the UI language, then, when given, the words:
/// "· 240 / 1,600 words translated".
export function TranslationProgressText({
  segments,
  translated,
  reviewed,
  words,
}: {
  readonly segments: number;
  readonly translated: number;
  readonly reviewed: number;
  readonly words?: { readonly total: number; readonly translated: number } | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <span>
        {t('translation.progress', { count: segments, translated })}
        {' · '}
        {t('translation.reviewed', { count: reviewed })}
      </span>
      {words && (
        <span className="translation-words">
          {' · '}
          {t('translation.words', { count: words.total, translated: words.translated })}
        </span>
      )}
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
