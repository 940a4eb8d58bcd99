import { useTranslation } from 'react-i18next';
import type { Article } from '../../shared/domain';
import { isSafeHref } from '../../shared/schema';
import { formatDate } from '../formatDate';

/// An article's title, byline, publication date and source.
export function ArticleDetails({ article }: { readonly article: Article }) {
  const { t, i18n } = useTranslation();
  const source = article.siteName ?? article.source ?? article.fileName;
  return (
    <header className="article-details">
      <h1 className="article-title" lang={article.language}>
        {article.title}
      </h1>
      {article.byline && <p className="article-byline">{t('article.byline', { byline: article.byline })}</p>}
      <dl className="article-meta" aria-label={t('article.details')}>
        {article.publishedAt && (
          <div>
            <dt>{t('article.published')}</dt>
            <dd>
              <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, i18n.language)}</time>
            </dd>
          </div>
        )}
        {source && (
          <div>
            <dt>{t('article.source')}</dt>
            <dd>
              {article.sourceUrl && isSafeHref(article.sourceUrl) ? (
                <a href={article.sourceUrl} rel="noopener noreferrer nofollow" target="_blank">
                  {source}
                </a>
              ) : (
                source
              )}
            </dd>
          </div>
        )}
      </dl>
    </header>
  );
}
