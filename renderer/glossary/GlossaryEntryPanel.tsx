import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationInput } from '../../shared/contract';
import type { GlossaryEntry } from '../../shared/domain';
import { api } from '../app/api';
import { toPasserelleError, type PasserelleError } from '../../shared/errors';
import { formatDate } from '../ui/formatDate';
import { routeHref } from '../app/route';
import { useSaveTracker } from '../app/saveTrackerContext';
import { useErrorMessage } from '../ui/useErrorMessage';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { GlossaryEntryForm } from './GlossaryEntryForm';
import { GlossaryMentionList } from './GlossaryMentionList';

/// One glossary entry beside the table: its fields to edit in place, its mentions across
/// articles (to open, or to split off into a new entry) and its deletion.
export function GlossaryEntryPanel({
  entryId,
  version,
  onChanged,
}: {
  readonly entryId: number;
  /// Changes when the glossary may have changed elsewhere (undo, redo, merge): reload.
  readonly version: number;
  readonly onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const saveTracker = useSaveTracker();
  const [entry, setEntry] = useState<GlossaryEntry | null>(null);
  const [loadError, setLoadError] = useState<PasserelleError | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [source, setSource] = useState<{ readonly articleId: number; readonly title: string } | null>(null);

  useEffect(() => {
    let current = true;
    api['glossary.get']({ id: entryId }).then(
      (found) => {
        if (!current) return;
        setEntry(found);
        setLoadError(null);
      },
      (error: unknown) => {
        if (current) setLoadError(toPasserelleError(error));
      },
    );
    return () => {
      current = false;
    };
  }, [entryId, version]);

  // The provenance line names the article the entry came from.
  const sourceArticleId = entry?.sourceArticleId ?? null;
  useEffect(() => {
    if (sourceArticleId === null) return;
    let current = true;
    api['articles.list']({}).then(
      (articles) => {
        const title = articles.find((article) => article.id === sourceArticleId)?.title;
        if (current && title !== undefined) setSource({ articleId: sourceArticleId, title });
      },
      // Without the title the link still reads "from this article".
      () => {},
    );
    return () => {
      current = false;
    };
  }, [sourceArticleId]);
  const sourceTitle = source !== null && source.articleId === sourceArticleId ? source.title : null;

  const save = async (fields: Omit<OperationInput<'glossary.update'>, 'id'>) => {
    const saved = await saveTracker.track(api['glossary.update']({ id: entryId, ...fields }));
    setEntry(saved);
    onChanged();
  };

  const close = (
    <a className="button button-small button-quiet panel-close" href={routeHref({ screen: 'glossary' })}>
      {t('glossary.closeEntry')}
    </a>
  );
  if (loadError)
    return (
      <aside className="glossary-entry-panel">
        {close}
        <p className="inline-error" role="alert">
          {t('glossary.entryLoadFailed', { reason: errorMessage(loadError) })}
        </p>
      </aside>
    );
  if (!entry) return <aside className="glossary-entry-panel muted">{t('glossary.loadingEntry')}</aside>;

  return (
    <aside className="glossary-entry-panel" aria-labelledby="glossary-entry-title">
      <div className="panel-section-header">
        <h2 id="glossary-entry-title" lang="fr">
          {entry.frenchTerm}
        </h2>
        {close}
      </div>
      <p className="muted small">
        {t('glossary.provenance', { date: formatDate(entry.createdAt, i18n.resolvedLanguage ?? 'en') })}
        {entry.author !== null && ` · ${t('author.addedBy', { name: entry.author })}`}
        {entry.sourceArticleId !== null && (
          <>
            {' '}
            <a href={routeHref({ screen: 'article', articleId: entry.sourceArticleId })}>
              {sourceTitle === null
                ? t('glossary.sourceArticle')
                : t('glossarySource.fromArticle', { title: sourceTitle })}
            </a>
          </>
        )}
      </p>
      <GlossaryEntryForm key={entry.id} entry={entry} onSave={save} />
      <GlossaryMentionList
        entry={entry}
        version={version}
        onSplit={(created) => {
          onChanged();
          window.location.hash = routeHref({ screen: 'glossary', entryId: created.id });
        }}
      />
      <div className="danger-zone">
        <button
          type="button"
          className="button button-small button-danger-quiet"
          onClick={() => setDeleting(true)}
        >
          {t('glossary.delete')}
        </button>
      </div>
      {deleting && (
        <ConfirmDialog
          title={t('glossary.deleteTitle', { term: entry.frenchTerm })}
          message={t('glossary.deleteMessage', { count: entry.mentionCount })}
          confirmLabel={t('glossary.deleteConfirm')}
          busy={false}
          error={deleteError}
          onCancel={() => {
            setDeleting(false);
            setDeleteError(null);
          }}
          onConfirm={() => {
            saveTracker.track(api['glossary.delete']({ id: entry.id })).then(
              () => {
                setDeleting(false);
                onChanged();
                window.location.hash = routeHref({ screen: 'glossary' });
              },
              (error: unknown) => setDeleteError(errorMessage(toPasserelleError(error))),
            );
          }}
        />
      )}
    </aside>
  );
}
