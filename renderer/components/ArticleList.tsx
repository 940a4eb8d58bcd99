import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../shared/domain';
import { formatDate } from '../formatDate';
import { routeHref } from '../route';

/// The library's list of articles: title (a link that opens it), date, source, annotation count.
export function ArticleList({ articles }: { readonly articles: readonly ArticleSummary[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="article-list" aria-label={t('library.listLabel')}>
      {articles.map((article) => (
        <li key={article.id} className="article-card">
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
          </p>
        </li>
      ))}
    </ul>
  );
}
