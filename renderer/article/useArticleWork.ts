import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation, Article, GlossaryEntry, Suggestion } from '../../shared/domain';
import { api } from '../app/api';
import { toPasserelleError, type PasserelleError } from '../../shared/errors';
import type { TextSpan } from '../editor/selectionSpan';
import { suggestionKey } from '../editor/suggestionPlugin';
import { useHistory } from '../app/historyContext';
import { useSaveTracker } from '../app/saveTrackerContext';
import { useWorkspaceLabels } from '../app/workspaceLabelsContext';

/// One article's data as its view shows it.
export interface ArticleWorkData {
  readonly article: Article;
  readonly annotations: readonly Annotation[];
  readonly glossary: readonly GlossaryEntry[];
  readonly suggestions: readonly Suggestion[];
}

/// What the user can do on an article; every write goes through the save tracker, then the
/// data it touched is reloaded from the store.
export interface ArticleWorkActions {
  readonly mark: (label: string, span: TextSpan) => Promise<Annotation | null>;
  readonly relabel: (id: number, label: string) => Promise<void>;
  readonly link: (id: number, entryId: number | null) => Promise<void>;
  readonly linkToNewEntry: (id: number) => Promise<void>;
  readonly remove: (id: number) => Promise<void>;
  readonly annotateAll: (annotationId: number) => Promise<number>;
  readonly accept: (key: string) => Promise<void>;
  readonly reject: (key: string) => Promise<void>;
  readonly acceptAll: (entryId?: number) => Promise<void>;
  readonly rejectAll: (entryId?: number) => Promise<void>;
  readonly entrySaved: (entry: GlossaryEntry) => void;
}

/// Loads an article with its annotations, the glossary and its suggestions, keeps them current
/// after every action and after undo/redo, and offers the actions.
export function useArticleWork(articleId: number): {
  readonly data: ArticleWorkData | null;
  readonly loadError: PasserelleError | null;
  readonly suggestionsError: PasserelleError | null;
  readonly actions: ArticleWorkActions;
} {
  const saveTracker = useSaveTracker();
  const history = useHistory();
  const [data, setData] = useState<ArticleWorkData | null>(null);
  const [loadError, setLoadError] = useState<PasserelleError | null>(null);
  const [suggestionsError, setSuggestionsError] = useState<PasserelleError | null>(null);
  // Set while a redo has deleted the article (an undo may bring it back).
  const [gone, setGone] = useState<PasserelleError | null>(null);

  const loadSuggestions = useCallback(async () => {
    try {
      const suggestions = await api['suggestions.list']({ articleId });
      setSuggestionsError(null);
      setData((previous) => previous && { ...previous, suggestions });
    } catch (error) {
      setSuggestionsError(toPasserelleError(error));
    }
  }, [articleId]);

  const loadGlossary = useCallback(async () => {
    const glossary = await api['glossary.list']({});
    setData((previous) => previous && { ...previous, glossary });
  }, []);

  const loadAnnotations = useCallback(async () => {
    const annotations = await api['annotations.list']({ articleId });
    setData((previous) => previous && { ...previous, annotations });
  }, [articleId]);

  useEffect(() => {
    let current = true;
    Promise.all([
      api['articles.get']({ id: articleId }),
      api['annotations.list']({ articleId }),
      api['glossary.list']({}),
    ]).then(
      ([article, annotations, glossary]) => {
        if (!current) return;
        setData({ article, annotations, glossary, suggestions: [] });
        void loadSuggestions();
      },
      (error: unknown) => {
        if (current) setLoadError(toPasserelleError(error));
      },
    );
    return () => {
      current = false;
    };
  }, [articleId, loadSuggestions]);

  // A label was renamed, recoloured or deleted (its annotations deleted or moved): reload.
  const { labels } = useWorkspaceLabels();
  const labelsSeen = useRef(labels);
  useEffect(() => {
    const before = labelsSeen.current;
    labelsSeen.current = labels;
    if (before === labels || before.length === 0) return;
    void Promise.all([loadAnnotations(), loadGlossary(), loadSuggestions()]).catch(() => undefined);
  }, [labels, loadAnnotations, loadGlossary, loadSuggestions]);

  useEffect(
    () =>
      history.onStep((step) => {
        const touched = step.articleIds.includes(articleId);
        void Promise.all([
          touched
            ? loadAnnotations().then(
                () => setGone(null),
                (error: unknown) => {
                  const apiError = toPasserelleError(error);
                  if (apiError.code === 'not_found') setGone(apiError);
                },
              )
            : null,
          loadGlossary(),
          touched ? loadSuggestions() : null,
        ]).catch(() => undefined);
      }),
    [articleId, history, loadAnnotations, loadGlossary, loadSuggestions],
  );

  /// Runs one write; on success applies its result locally, then reloads what it may have changed.
  const write = useCallback(
    async <T>(request: Promise<T>, apply: (result: T) => void, reload: readonly (() => Promise<void>)[]) => {
      let result: T;
      try {
        result = await saveTracker.track(request);
      } catch {
        // The save indicator already shows why.
        return null;
      }
      apply(result);
      await Promise.all(reload.map((load) => load().catch(() => undefined)));
      return result;
    },
    [saveTracker],
  );

  const replaceAnnotation = useCallback((annotation: Annotation) => {
    setData(
      (previous) =>
        previous && {
          ...previous,
          annotations: previous.annotations.map((shown) => (shown.id === annotation.id ? annotation : shown)),
        },
    );
  }, []);

  const addAnnotations = useCallback((added: readonly Annotation[]) => {
    setData((previous) => {
      if (!previous) return previous;
      const known = new Set(previous.annotations.map((annotation) => annotation.id));
      return {
        ...previous,
        annotations: [...previous.annotations, ...added.filter((a) => !known.has(a.id))],
      };
    });
  }, []);

  const dropSuggestion = useCallback((key: string) => {
    setData(
      (previous) =>
        previous && {
          ...previous,
          suggestions: previous.suggestions.filter((suggestion) => suggestionKey(suggestion) !== key),
        },
    );
  }, []);

  const findSuggestion = useCallback(
    (key: string) => data?.suggestions.find((suggestion) => suggestionKey(suggestion) === key),
    [data],
  );

  const actions = useMemo<ArticleWorkActions>(
    () => ({
      mark: (label, span) =>
        write(
          api['annotations.create']({ articleId, start: span.start, end: span.end, kind: 'entity', label }),
          (annotation) => addAnnotations([annotation]),
          [loadGlossary, loadSuggestions],
        ),
      relabel: async (id, label) => {
        await write(api['annotations.update']({ id, label }), replaceAnnotation, [
          loadGlossary,
          loadSuggestions,
        ]);
      },
      link: async (id, entryId) => {
        await write(api['annotations.update']({ id, glossaryEntryId: entryId }), replaceAnnotation, [
          loadGlossary,
          loadSuggestions,
        ]);
      },
      linkToNewEntry: async (id) => {
        await write(api['annotations.update']({ id, newEntry: true }), replaceAnnotation, [
          loadGlossary,
          loadSuggestions,
        ]);
      },
      remove: async (id) => {
        await write(
          api['annotations.delete']({ id }),
          () =>
            setData(
              (previous) =>
                previous && {
                  ...previous,
                  annotations: previous.annotations.filter((annotation) => annotation.id !== id),
                },
            ),
          [loadGlossary, loadSuggestions],
        );
      },
      annotateAll: async (annotationId) => {
        const added = await write(api['annotations.createAll']({ annotationId }), addAnnotations, [
          loadGlossary,
          loadSuggestions,
        ]);
        return added?.length ?? 0;
      },
      accept: async (key) => {
        const suggestion = findSuggestion(key);
        if (!suggestion) return;
        const { start, end, entryId } = suggestion;
        await write(
          api['suggestions.accept']({ articleId, start, end, entryId }),
          (annotation) => {
            dropSuggestion(key);
            addAnnotations([annotation]);
          },
          [loadGlossary, loadSuggestions],
        );
      },
      reject: async (key) => {
        const suggestion = findSuggestion(key);
        if (!suggestion) return;
        const { start, end, entryId } = suggestion;
        await write(
          api['suggestions.reject']({ articleId, start, end, entryId }),
          () => dropSuggestion(key),
          [loadSuggestions],
        );
      },
      acceptAll: async (entryId) => {
        await write(
          api['suggestions.acceptAll'](entryId === undefined ? { articleId } : { articleId, entryId }),
          addAnnotations,
          [loadGlossary, loadSuggestions],
        );
      },
      rejectAll: async (entryId) => {
        await write(
          api['suggestions.rejectAll'](entryId === undefined ? { articleId } : { articleId, entryId }),
          () => {},
          [loadSuggestions],
        );
      },
      entrySaved: (entry) =>
        setData(
          (previous) =>
            previous && {
              ...previous,
              glossary: previous.glossary.map((existing) => (existing.id === entry.id ? entry : existing)),
            },
        ),
    }),
    [
      addAnnotations,
      articleId,
      dropSuggestion,
      findSuggestion,
      loadGlossary,
      loadSuggestions,
      replaceAnnotation,
      write,
    ],
  );

  return { data, loadError: loadError ?? gone, suggestionsError, actions };
}
