import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, Article, GlossaryEntry } from '../../shared/domain';
import type { EntityLabel } from '../../shared/labels';
import { api } from '../api';
import { toApiError, type ApiError } from '../apiError';
import type { TextSpan } from '../editor/trimSpan';
import { routeHref } from '../route';
import { useSaveTracker } from '../saveTrackerContext';
import { useErrorMessage } from '../useErrorMessage';
import { ArticleDetails } from './ArticleDetails';
import { ArticleEditor, type RevealRequest } from './ArticleEditor';
import { EntityPanel } from './EntityPanel';
import { LabelLegend } from './LabelLegend';

interface LoadedArticle {
  readonly article: Article;
  readonly annotations: readonly Annotation[];
  readonly glossary: readonly GlossaryEntry[];
}

/// One article: its details, the annotatable text with the label legend, and the entity panel.
export function ArticleView({ articleId }: { readonly articleId: number }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const saveTracker = useSaveTracker();
  const [loaded, setLoaded] = useState<LoadedArticle | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [reveal, setReveal] = useState<RevealRequest | null>(null);

  useEffect(() => {
    let current = true;
    Promise.all([
      api['articles.get']({ id: articleId }),
      api['annotations.list']({ articleId }),
      api['glossary.list']({}),
    ]).then(
      ([article, annotations, glossary]) => {
        if (current) setLoaded({ article, annotations, glossary });
      },
      (error: unknown) => {
        if (current) setLoadError(toApiError(error));
      },
    );
    return () => {
      current = false;
    };
  }, [articleId]);

  const refreshGlossary = useCallback(async () => {
    const glossary = await api['glossary.list']({});
    setLoaded((previous) => previous && { ...previous, glossary });
  }, []);

  const mark = useCallback(
    async (label: EntityLabel, span: TextSpan) => {
      try {
        const annotation = await saveTracker.track(
          api['annotations.create']({ articleId, start: span.start, end: span.end, kind: 'entity', label }),
        );
        setLoaded(
          (previous) => previous && { ...previous, annotations: [...previous.annotations, annotation] },
        );
        await refreshGlossary();
      } catch {
        // The save indicator already shows why.
      }
    },
    [articleId, refreshGlossary, saveTracker],
  );

  const remove = useCallback(
    async (id: number) => {
      try {
        await saveTracker.track(api['annotations.delete']({ id }));
        setSelectedId((selected) => (selected === id ? null : selected));
        setLoaded(
          (previous) =>
            previous && {
              ...previous,
              annotations: previous.annotations.filter((annotation) => annotation.id !== id),
            },
        );
        await refreshGlossary();
      } catch {
        // The save indicator already shows why.
      }
    },
    [refreshGlossary, saveTracker],
  );

  const updateEntry = useCallback((entry: GlossaryEntry) => {
    setLoaded(
      (previous) =>
        previous && {
          ...previous,
          glossary: previous.glossary.map((existing) => (existing.id === entry.id ? entry : existing)),
        },
    );
  }, []);

  const showEntry = useCallback(
    (entryId: number) => {
      const first = loaded?.annotations
        .filter((annotation) => annotation.glossaryEntryId === entryId)
        .sort((a, b) => a.start - b.start)[0];
      if (!first) return;
      setSelectedId(first.id);
      setReveal((previous) => ({ annotationId: first.id, sequence: (previous?.sequence ?? 0) + 1 }));
    },
    [loaded],
  );

  const selectedEntryId = useMemo(
    () => loaded?.annotations.find((annotation) => annotation.id === selectedId)?.glossaryEntryId ?? null,
    [loaded, selectedId],
  );

  if (loadError) {
    return (
      <div className="article-view">
        <a className="back-link" href={routeHref({ screen: 'library' })}>
          {t('article.back')}
        </a>
        <p className="inline-error" role="alert">
          {t('article.loadFailed', { reason: errorMessage(loadError) })}
        </p>
      </div>
    );
  }
  if (!loaded) return <p className="muted article-loading">{t('article.loading')}</p>;

  const { article, annotations, glossary } = loaded;
  return (
    <div className="article-view">
      <div className="article-column">
        <a className="back-link" href={routeHref({ screen: 'library' })}>
          {t('article.back')}
        </a>
        <ArticleDetails article={article} />
        <LabelLegend />
        <ArticleEditor
          article={article}
          annotations={annotations}
          selectedId={selectedId}
          reveal={reveal}
          onMark={(label, span) => void mark(label, span)}
          onDelete={(id) => void remove(id)}
          onSelect={setSelectedId}
        />
      </div>
      <EntityPanel
        annotations={annotations}
        glossary={glossary}
        selectedEntryId={selectedEntryId}
        onShowEntry={showEntry}
        onEntrySaved={updateEntry}
      />
    </div>
  );
}
