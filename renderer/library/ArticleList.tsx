import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary, TranslationProgress } from '../../shared/domain';
import { TranslationProgressPill } from '../translation/TranslationProgressText';
import { formatDate } from '../ui/formatDate';
import { routeHref } from '../app/route';

/// The library's list of articles: title (a link that opens it), date, source, annotation count
/// and translation progress, and a Delete button. Memoised: an import's progress never re-renders a long list.
export const ArticleList = memo(function ArticleList({
  articles,
  translationProgress,
  onDelete,
}: {
  readonly articles: readonly ArticleSummary[];
  readonly translationProgress: ReadonlyMap<number, TranslationProgress>;
  readonly onDelete: (article: ArticleSummary) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="article-list" aria-label={t('library.listLabel')}>
      {articles.map((article) => (
        <li key={article.id} className="article-card">
          <div className="article-card-body">
            <a
              className="article-card-title"
              href={routeHref({ screen: 'article', articleId: article.id })}
              lang="fr"
            >
              {article.title}
            </a>
            <p className="article-card-meta">
              <span>
                {article.publishedAt ? formatDate(article.publishedAt, i18n.language) : t('library.undated')}
              </span>
              <span>{article.source ?? article.fileName ?? t('library.unknownSource')}</span>
              <span className={article.annotationCount > 0 ? 'pill' : 'pill pill-quiet'}>
                {t('library.annotations', { count: article.annotationCount })}
              </span>
              <TranslationProgressPill progress={translationProgress.get(article.id)} />
            </p>
          </div>
          <button
            type="button"
            className="button button-quiet button-small article-card-delete"
            aria-label={t('library.deleteLabel', { title: article.title })}
            onClick={() => onDelete(article)}
          >
            {t('library.delete')}
          </button>
        </li>
      ))}
    </ul>
  );
});
