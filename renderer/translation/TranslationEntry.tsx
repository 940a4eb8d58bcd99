import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../app/route';
import { TranslationProgressText } from './TranslationProgressText';
import { useTranslationProgress } from './useTranslationProgress';

/// The way into an article's translation from its view: a "Translate" link-button and, once the
/// article is split, how far its translation has come.
export function TranslationEntry({ articleId }: { readonly articleId: number }) {
  const { t } = useTranslation();
  const articleIds = useMemo(() => [articleId], [articleId]);
  const progress = useTranslationProgress(articleIds).get(articleId);
  return (
    <div className="translation-entry">
      <a className="button button-small" href={routeHref({ screen: 'translation', articleId })}>
        {t('translation.translate')}
      </a>
      {progress && progress.segments > 0 && (
        <span className="muted small">
          <TranslationProgressText
            segments={progress.segments}
            translated={progress.translatedSegments}
            reviewed={progress.reviewedSegments}
            words={{ total: progress.words, translated: progress.translatedWords }}
          />
        </span>
      )}
    </div>
  );
}
