import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../shared/domain';
import { api } from '../app/api';
import { toPasserelleError, type PasserelleError } from '../../shared/errors';
import { importExtensions } from '../../shared/importFormats';
import { clipboardImportSource } from './clipboardImportSource';
import { collectDroppedFiles } from './collectDroppedFiles';
import { importBatch } from './importBatch';
import { isEditableTarget } from './isEditableTarget';
import { useErrorMessage } from '../ui/useErrorMessage';
import { useImportBatchState } from './useImportBatchState';
import { ArticleList } from './ArticleList';
import { useTranslationProgress } from '../translation/useTranslationProgress';
import { DeleteArticleDialog } from '../article/DeleteArticleDialog';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportResults } from './ImportResults';
import { ImportUrlForm } from './ImportUrlForm';
import { PasteArticleDialog } from './PasteArticleDialog';
import './library.css';

const acceptedFiles = importExtensions.join(',');

/// The library: every imported article, and every way in — the Import… button, files and
/// folders dropped on it, a web address, and pasted articles. A new `version` (the desktop
/// menu imported something) reloads the list.
export function LibraryView({ version }: { readonly version: number }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const inputRef = useRef<HTMLInputElement>(null);
  const [articles, setArticles] = useState<readonly ArticleSummary[] | null>(null);
  const [loadError, setLoadError] = useState<PasserelleError | null>(null);
  const [dragging, setDragging] = useState(false);
  const [pasting, setPasting] = useState(false);
  const [deleting, setDeleting] = useState<ArticleSummary | null>(null);
  const [generation, setGeneration] = useState(0);
  const importedVersion = useImportBatchState((state) => state.libraryVersion);
  const articleIds = useMemo(() => articles?.map((article) => article.id) ?? null, [articles]);
  const translationProgress = useTranslationProgress(articleIds, version);

  useEffect(() => {
    let current = true;
    api['articles.list']({}).then(
      (list) => {
        if (!current) return;
        setArticles(list);
        setLoadError(null);
      },
      (error: unknown) => {
        if (current) setLoadError(toPasserelleError(error));
      },
    );
    return () => {
      current = false;
    };
  }, [generation, version, importedVersion]);

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      // A paste into a field (or the paste dialog) is the field's; only a paste on the page imports.
      if (isEditableTarget(event.target) || isEditableTarget(document.activeElement)) return;
      if (document.querySelector('dialog[open]')) return;
      const source = clipboardImportSource(event.clipboardData, t('import.pastedName'));
      if (!source) return;
      event.preventDefault();
      void importBatch.importOne(source, true);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [t]);

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void collectDroppedFiles(event.dataTransfer).then(importBatch.importFiles);
  };

  return (
    <section
      className={`library${dragging ? ' is-dropping' : ''}`}
      aria-labelledby="library-title"
      onDragOver={onDragOver}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <div className="library-header">
        <div>
          <h1 id="library-title">{t('library.title')}</h1>
          {articles && <p className="muted">{t('library.count', { count: articles.length })}</p>}
        </div>
        <div className="library-actions">
          <input
            ref={inputRef}
            className="visually-hidden"
            type="file"
            multiple
            accept={acceptedFiles}
            aria-label={t('import.inputLabel')}
            tabIndex={-1}
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = '';
              importBatch.importFiles(files);
            }}
          />
          <button type="button" className="button" onClick={() => setPasting(true)}>
            {t('import.pasteButton')}
          </button>
          <button type="button" className="button button-primary" onClick={() => inputRef.current?.click()}>
            {t('import.button')}
          </button>
        </div>
      </div>

      <ImportUrlForm />
      <ImportProgressBar />
      <ImportResults />

      {loadError && (
        <p className="inline-error" role="alert">
          {t('library.loadFailed', { reason: errorMessage(loadError) })}
        </p>
      )}
      {articles === null && !loadError && <p className="muted">{t('library.loading')}</p>}
      {articles && articles.length === 0 && (
        <p className="empty-state">{t('library.empty', { extensions: importExtensions.join(', ') })}</p>
      )}
      {articles && articles.length > 0 && (
        <ArticleList articles={articles} translationProgress={translationProgress} onDelete={setDeleting} />
      )}

      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('library.dropHint')}
        </div>
      )}
      {pasting && <PasteArticleDialog onClose={() => setPasting(false)} />}
      {deleting && (
        <DeleteArticleDialog
          article={deleting}
          onCancel={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            setGeneration((value) => value + 1);
          }}
        />
      )}
    </section>
  );
}
