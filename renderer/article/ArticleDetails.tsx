import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../shared/domain';
import { languageName } from '../../shared/languages';
import { isSafeHref } from '../../shared/schema';
import { formatDate } from '../ui/formatDate';
import { routeHref } from '../app/route';
import { ArticleInfoForm } from './ArticleInfoForm';
import { DeleteArticleDialog } from './DeleteArticleDialog';

/// An article's title, byline and details (publication date, source, language, detected
/// encoding, original file), with "Edit details" for the metadata and "Delete article". Shows
/// the saved details at once; `onSaved` lets the page follow too.
export function ArticleDetails({
  article: loaded,
  onSaved,
}: {
  readonly article: Article;
  readonly onSaved?: (article: Article) => void;
}) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [saved, setSaved] = useState<Article | null>(null);
  const article = saved ?? loaded;
  const source = article.siteName ?? article.source ?? article.fileName;
  // A source that is only the file name is already shown as the original file.
  const showSource = source !== null && (source !== article.fileName || article.sourceUrl !== null);
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
        {showSource && (
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
        <div>
          <dt>{t('articleInfo.language')}</dt>
          <dd>{languageName(article.language, i18n.language)}</dd>
        </div>
        {article.encoding && (
          <div>
            <dt>{t('articleInfo.encoding')}</dt>
            <dd>{article.encoding}</dd>
          </div>
        )}
        {article.fileName && (
          <div>
            <dt>{t('articleInfo.fileName')}</dt>
            <dd className="article-file-name">{article.fileName}</dd>
          </div>
        )}
      </dl>
      {!editing && (
        <div className="article-details-actions">
          <button type="button" className="button button-small" onClick={() => setEditing(true)}>
            {t('articleInfo.edit')}
          </button>
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => setDeleting(true)}
          >
            {t('articleInfo.delete')}
          </button>
        </div>
      )}
      {editing && (
        <ArticleInfoForm
          article={article}
          onCancel={() => setEditing(false)}
          onSaved={(update) => {
            setEditing(false);
            setSaved(update);
            onSaved?.(update);
          }}
        />
      )}
      {deleting && (
        <DeleteArticleDialog
          article={article}
          onCancel={() => setDeleting(false)}
          onDeleted={() => {
            window.location.hash = routeHref({ screen: 'library' });
          }}
        />
      )}
    </header>
  );
}
