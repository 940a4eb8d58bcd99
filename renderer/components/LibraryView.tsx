import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary, ImportOutcome } from '../../shared/domain';
import { api } from '../api';
import { toApiError, type ApiError } from '../apiError';
import { readFileAsBase64 } from '../readFileAsBase64';
import { useErrorMessage } from '../useErrorMessage';
import { ArticleList } from './ArticleList';
import { ImportResults } from './ImportResults';

/// The file types the import accepts, for the file chooser.
const acceptedFiles = '.txt,.html,.htm';

async function importFiles(files: readonly File[]): Promise<readonly ImportOutcome[]> {
  const readable: { name: string; data: string }[] = [];
  const unreadable: ImportOutcome[] = [];
  for (const file of files) {
    try {
      readable.push({ name: file.name, data: await readFileAsBase64(file) });
    } catch (error) {
      unreadable.push({
        fileName: file.name,
        status: 'failed',
        error: { code: 'internal', message: String(error) },
      });
    }
  }
  if (readable.length === 0) return unreadable;
  const { results } = await api['articles.import']({ files: readable });
  return [...results, ...unreadable];
}

/// The library: every imported article, the import button and a drop zone for files. A new
/// `version` (the desktop menu imported something) reloads the list.
export function LibraryView({ version }: { readonly version: number }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const inputRef = useRef<HTMLInputElement>(null);
  const [articles, setArticles] = useState<readonly ArticleSummary[] | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [importing, setImporting] = useState(0);
  const [outcomes, setOutcomes] = useState<readonly ImportOutcome[] | null>(null);
  const [dragging, setDragging] = useState(false);

  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    api['articles.list']({}).then(
      (list) => {
        if (!current) return;
        setArticles(list);
        setLoadError(null);
      },
      (error: unknown) => {
        if (current) setLoadError(toApiError(error));
      },
    );
    return () => {
      current = false;
    };
  }, [generation, version]);

  const startImport = async (files: readonly File[]) => {
    if (files.length === 0) return;
    setImporting(files.length);
    setOutcomes(null);
    try {
      setOutcomes(await importFiles(files));
    } catch (error) {
      const { code, message } = toApiError(error);
      setOutcomes(files.map((file) => ({ fileName: file.name, status: 'failed', error: { code, message } })));
    } finally {
      setImporting(0);
      setGeneration((value) => value + 1);
    }
  };

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void startImport([...event.dataTransfer.files]);
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
              void startImport(files);
            }}
          />
          <button
            type="button"
            className="button button-primary"
            disabled={importing > 0}
            onClick={() => inputRef.current?.click()}
          >
            {t('import.button')}
          </button>
        </div>
      </div>

      {importing > 0 && (
        <p className="notice" role="status">
          {t('import.running', { count: importing })}
        </p>
      )}
      {outcomes && <ImportResults outcomes={outcomes} onDismiss={() => setOutcomes(null)} />}

      {loadError && (
        <p className="inline-error" role="alert">
          {t('library.loadFailed', { reason: errorMessage(loadError) })}
        </p>
      )}
      {articles === null && !loadError && <p className="muted">{t('library.loading')}</p>}
      {articles && articles.length === 0 && <p className="empty-state">{t('library.empty')}</p>}
      {articles && articles.length > 0 && <ArticleList articles={articles} />}

      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('library.dropHint')}
        </div>
      )}
    </section>
  );
}
