import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation, Article, Claim, GlossaryEntry, Suggestion } from '../../shared/domain';
import { api } from '../app/api';
import { toPasserelleError, type PasserelleError } from '../../shared/errors';
import type { TextSpan } from '../editor/selectionSpan';
import { suggestionKey } from '../editor/suggestionPlugin';
import { useHistory } from '../app/historyContext';
import { useSaveTracker } from '../app/saveTrackerContext';
import { useWorkspaceLabels } from '../app/workspaceLabelsContext';
import {
  confirmMark,
  dropEntry,
  entryIsNew,
  mergeEntry,
  provisionalAnnotation,
  showMark,
  suggestionsAt,
  withdrawMark,
  withEntrySuggestions,
  withoutEntry,
  type ConfirmedMark,
  type PendingMark,
} from './optimisticMark';
import { afterNextPaint } from '../ui/afterNextPaint';

/// One article's data as its view shows it. The text comes first: annotations and the glossary
/// are null until they have loaded, so the article is drawn without waiting for them.
export interface ArticleWorkData {
  readonly article: Article;
  readonly annotations: readonly Annotation[] | null;
  /// Marks drawn before the store confirmed them, under provisional (negative) ids.
  readonly pending: readonly Annotation[];
  readonly glossary: readonly GlossaryEntry[] | null;
  readonly suggestions: readonly Suggestion[];
}

/// What the user can do on an article; every write goes through the save tracker, then what it
/// changed is refreshed from the store. A mark is drawn before the store answers and taken back,
/// with `markError` set, if the store refuses it.
export interface ArticleWorkActions {
  /// Marks a span: returns the pending annotation to draw at once (under a provisional id), and
  /// saves it; the store's annotation then replaces it, or it is taken back.
  readonly mark: (label: string, span: TextSpan) => Annotation | null;
  /// Marks a span as a claim (never an entity, never a glossary entry) and draws it once stored;
  /// resolves to the stored claim, or null when the store refused it.
  readonly markClaim: (span: TextSpan) => Promise<Claim | null>;
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
  /// Undoes the workspace's last action. When that is this view's last mark, returns the id of
  /// its annotation, to take off the screen at once (before the store has answered).
  readonly undo: () => number | null;
}

/// Loads an article, then its annotations, suggestions and the glossary, keeps them current after
/// every action and after undo/redo, and offers the actions.
export function useArticleWork(articleId: number): {
  readonly data: ArticleWorkData | null;
  readonly loadError: PasserelleError | null;
  readonly suggestionsError: PasserelleError | null;
  /// Why the store refused the last mark (which has been taken back), until the next mark.
  readonly markError: PasserelleError | null;
  readonly actions: ArticleWorkActions;
} {
  const saveTracker = useSaveTracker();
  const history = useHistory();
  const [data, setData] = useState<ArticleWorkData | null>(null);
  const [loadError, setLoadError] = useState<PasserelleError | null>(null);
  const [suggestionsError, setSuggestionsError] = useState<PasserelleError | null>(null);
  const [markError, setMarkError] = useState<PasserelleError | null>(null);
  // Set while a redo has deleted the article (an undo may bring it back).
  const [gone, setGone] = useState<PasserelleError | null>(null);
  // The actions read the latest data and history through refs, so they stay the same object and
  // the side panel (memoised) is not redrawn when only the text's marks change.
  const latestData = useRef(data);
  const latestHistory = useRef(history);
  useEffect(() => {
    latestData.current = data;
    latestHistory.current = history;
  });
  // The last mark of this view the store confirmed, while an undo would revert exactly it.
  const lastMark = useRef<ConfirmedMark | null>(null);
  // The mark an undo in flight has already taken off the screen.
  const undoing = useRef<ConfirmedMark | null>(null);
  const provisionalIds = useRef(0);
  // Resolves once the glossary has loaded, so an entry refreshed before that is merged after it.
  const glossaryLoaded = useRef<Promise<unknown>>(Promise.resolve());

  const update = useCallback((change: (data: ArticleWorkData) => ArticleWorkData) => {
    setData((previous) => previous && change(previous));
  }, []);

  const loadSuggestions = useCallback(async () => {
    try {
      const suggestions = await api['suggestions.list']({ articleId });
      setSuggestionsError(null);
      update((previous) => ({ ...previous, suggestions }));
    } catch (error) {
      setSuggestionsError(toPasserelleError(error));
    }
  }, [articleId, update]);

  /// Brings one entry's suggestions up to date (a new entry's terms may occur elsewhere in the text).
  const loadEntrySuggestions = useCallback(
    async (entryId: number) => {
      try {
        const suggestions = await api['suggestions.list']({ articleId, entryId });
        setSuggestionsError(null);
        update((previous) => withEntrySuggestions(previous, entryId, suggestions));
      } catch (error) {
        setSuggestionsError(toPasserelleError(error));
      }
    },
    [articleId, update],
  );

  const loadGlossary = useCallback(async () => {
    const glossary = await api['glossary.list']({});
    update((previous) => ({ ...previous, glossary }));
  }, [update]);

  const loadAnnotations = useCallback(async () => {
    const annotations = await api['annotations.list']({ articleId });
    update((previous) => ({ ...previous, annotations }));
  }, [articleId, update]);

  /// Brings one entry up to date in the glossary shown (or removes it when the store deleted it).
  const refreshEntry = useCallback(
    async (id: number) => {
      let entry: GlossaryEntry | null;
      try {
        entry = await api['glossary.get']({ id });
      } catch (error) {
        if (toPasserelleError(error).code !== 'not_found') throw error;
        entry = null;
      }
      await glossaryLoaded.current.catch(() => undefined);
      update((previous) => ({
        ...previous,
        glossary: entry ? mergeEntry(previous.glossary, entry) : dropEntry(previous.glossary, id),
      }));
    },
    [update],
  );

  useEffect(() => {
    let current = true;
    const apply = (change: (data: ArticleWorkData) => ArticleWorkData) => {
      if (current) update(change);
    };
    // All asked at once, in the order they are needed: the store answers one after the other.
    const article = api['articles.get']({ id: articleId });
    const annotations = api['annotations.list']({ articleId });
    const suggestions = api['suggestions.list']({ articleId });
    const glossary = api['glossary.list']({});
    glossaryLoaded.current = glossary;
    article.then(
      (loaded) => {
        if (current)
          setData({ article: loaded, annotations: null, pending: [], glossary: null, suggestions: [] });
      },
      (error: unknown) => {
        if (current) setLoadError(toPasserelleError(error));
      },
    );
    // Each part is shown once the article is: a part answered first waits for it.
    const afterArticle = <T>(part: Promise<T>) => Promise.all([article, part]).then(([, value]) => value);
    // The annotations are drawn together with the suggestions (the store answers those next), so
    // the text is redrawn once for both; a failure to suggest is shown beside them.
    const suggested = suggestions.then(
      (loaded) => ({ loaded, error: null }),
      (error: unknown) => ({ loaded: null, error: toPasserelleError(error) }),
    );
    afterArticle(Promise.all([annotations, suggested])).then(
      ([loaded, { loaded: suggestionList, error }]) => {
        if (!current) return;
        setSuggestionsError(error);
        update((previous) => ({
          ...previous,
          annotations: loaded,
          suggestions: suggestionList ?? previous.suggestions,
        }));
      },
      (error: unknown) => {
        if (current) setLoadError(toPasserelleError(error));
      },
    );
    afterArticle(glossary).then(
      (loaded) => apply((previous) => ({ ...previous, glossary: loaded })),
      (error: unknown) => {
        if (current) setLoadError(toPasserelleError(error));
      },
    );
    return () => {
      current = false;
    };
  }, [articleId, update]);

  // A label was renamed, recoloured or deleted (its annotations deleted or moved): reload.
  const { labels } = useWorkspaceLabels();
  const labelsSeen = useRef(labels);
  useEffect(() => {
    const before = labelsSeen.current;
    labelsSeen.current = labels;
    if (before === labels || before.length === 0) return;
    lastMark.current = null;
    void Promise.all([loadAnnotations(), loadGlossary(), loadSuggestions()]).catch(() => undefined);
  }, [labels, loadAnnotations, loadGlossary, loadSuggestions]);

  useEffect(
    () =>
      history.onStep((step) => {
        const undone = undoing.current;
        undoing.current = null;
        lastMark.current = null;
        if (undone && step.articleIds.length === 1 && step.articleIds[0] === articleId) {
          // The undo reverted the mark already taken off the screen: only its entry is left to
          // refresh (it is gone if the mark had made it).
          if (undone.annotation.glossaryEntryId !== null && !undone.entryIsNew)
            void refreshEntry(undone.annotation.glossaryEntryId).catch(() => undefined);
          return;
        }
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
    [articleId, history, loadAnnotations, loadGlossary, loadSuggestions, refreshEntry],
  );

  /// Runs one write; on success applies its result locally, then refreshes what it may have changed.
  const write = useCallback(
    async <T>(
      request: Promise<T>,
      apply: (result: T) => void,
      refresh: (result: T) => readonly (Promise<void> | null)[],
    ) => {
      let result: T;
      try {
        result = await saveTracker.track(request);
      } catch {
        // The save indicator already shows why.
        return null;
      }
      lastMark.current = null;
      apply(result);
      await Promise.all(refresh(result).map((load) => load?.catch(() => undefined)));
      return result;
    },
    [saveTracker],
  );

  /// Refreshes the entries an annotation was and is now linked to.
  const refreshEntries = useCallback(
    (...ids: readonly (number | null | undefined)[]) =>
      [...new Set(ids)].map((id) => (typeof id === 'number' ? refreshEntry(id) : null)),
    [refreshEntry],
  );

  const annotationShown = useCallback(
    (id: number) => latestData.current?.annotations?.find((annotation) => annotation.id === id),
    [],
  );

  const replaceAnnotation = useCallback(
    (annotation: Annotation) =>
      update((previous) => ({
        ...previous,
        annotations: (previous.annotations ?? []).map((shown) =>
          shown.id === annotation.id ? annotation : shown,
        ),
      })),
    [update],
  );

  const addAnnotations = useCallback(
    (added: readonly Annotation[]) =>
      update((previous) => {
        const known = new Set((previous.annotations ?? []).map((annotation) => annotation.id));
        return {
          ...previous,
          annotations: [...(previous.annotations ?? []), ...added.filter((a) => !known.has(a.id))],
        };
      }),
    [update],
  );

  const dropSuggestions = useCallback(
    (drop: (suggestion: Suggestion) => boolean) =>
      update((previous) => ({ ...previous, suggestions: previous.suggestions.filter((s) => !drop(s)) })),
    [update],
  );

  const findSuggestion = useCallback(
    (key: string) => latestData.current?.suggestions.find((suggestion) => suggestionKey(suggestion) === key),
    [],
  );

  /// Saves a mark drawn at once: the store's annotation replaces the pending one, or the pending one
  /// is taken back and `markError` says why. Then only what the mark changed is refreshed: its
  /// entry, and that entry's suggestions when it is new (its terms may occur elsewhere in the
  /// article); the suggestions over the span were hidden with the drawing.
  const saveMark = useCallback(
    async (pending: PendingMark, label: string): Promise<void> => {
      const { start, end } = pending.annotation;
      let annotation: Annotation;
      try {
        annotation = await saveTracker.track(
          api['annotations.create']({ articleId, start, end, kind: 'entity', label }),
        );
      } catch (error) {
        update((previous) => withdrawMark(previous, pending));
        setMarkError(toPasserelleError(error));
        return;
      }
      const isNew = entryIsNew(latestData.current?.glossary ?? null, annotation);
      // Not urgent: the mark is drawn already, and "Saved" is painted first.
      startTransition(() => update((previous) => confirmMark(previous, pending.annotation.id, annotation)));
      lastMark.current = {
        annotation,
        hidden: pending.hidden,
        entryIsNew: isNew,
        writeCount: saveTracker.writeCount(),
      };
      await Promise.all(
        [
          ...refreshEntries(annotation.glossaryEntryId),
          isNew && annotation.glossaryEntryId !== null
            ? loadEntrySuggestions(annotation.glossaryEntryId)
            : null,
        ].map((load) => load?.catch(() => undefined)),
      );
    },
    [articleId, loadEntrySuggestions, refreshEntries, saveTracker, update],
  );

  const mark = useCallback(
    (label: string, span: TextSpan): Annotation | null => {
      const shown = latestData.current;
      if (!shown) return null;
      provisionalIds.current -= 1;
      const createdAt = new Date().toISOString();
      const pending: PendingMark = {
        annotation: provisionalAnnotation(shown.article, span, label, provisionalIds.current, createdAt),
        hidden: suggestionsAt(shown.suggestions, span),
      };
      setMarkError(null);
      // The editor draws the returned annotation itself; the rest of the view follows when it can.
      startTransition(() => update((previous) => showMark(previous, pending)));
      void saveMark(pending, label);
      return pending.annotation;
    },
    [saveMark, update],
  );

  /// Undoes the last action. When nothing was written since this view's last mark, that mark is
  /// what the undo reverts: the editor takes it off the screen at once, the rest of the view
  /// follows, and after that paint the entry it made (if it made one) goes with that entry's
  /// suggestions; all is put back if the undo fails.
  const undoAfterMark = useCallback(
    async (done: ConfirmedMark) => {
      const goneEntryId = done.entryIsNew ? done.annotation.glossaryEntryId : null;
      startTransition(() => update((previous) => withdrawMark(previous, done)));
      if (goneEntryId !== null)
        afterNextPaint(() =>
          startTransition(() => update((previous) => withoutEntry(previous, goneEntryId))),
        );
      undoing.current = done;
      await latestHistory.current.undo();
      if (undoing.current !== done) return;
      // The undo failed (the save indicator says why): the mark is still stored, so show it again.
      undoing.current = null;
      update((previous) => showMark(previous, done, true));
      if (goneEntryId !== null) {
        void refreshEntry(goneEntryId).catch(() => undefined);
        void loadSuggestions();
      }
    },
    [loadSuggestions, refreshEntry, update],
  );

  const undo = useCallback((): number | null => {
    const done = lastMark.current;
    lastMark.current = null;
    if (!done || done.writeCount !== saveTracker.writeCount()) {
      const currentHistory = latestHistory.current;
      if (currentHistory.state.canUndo) void currentHistory.undo();
      return null;
    }
    void undoAfterMark(done);
    return done.annotation.id;
  }, [saveTracker, undoAfterMark]);

  const actions = useMemo<ArticleWorkActions>(
    () => ({
      mark,
      undo,
      markClaim: (span) =>
        write(
          api['claims.create']({ articleId, start: span.start, end: span.end }),
          () => {},
          () => [loadAnnotations()],
        ),
      relabel: async (id, label) => {
        const before = annotationShown(id)?.glossaryEntryId;
        await write(api['annotations.update']({ id, label }), replaceAnnotation, (annotation) => [
          ...refreshEntries(before, annotation.glossaryEntryId),
          loadSuggestions(),
        ]);
      },
      link: async (id, entryId) => {
        const before = annotationShown(id)?.glossaryEntryId;
        await write(
          api['annotations.update']({ id, glossaryEntryId: entryId }),
          replaceAnnotation,
          // The entry it leaves may go with its suggestions (a draft only this mention made).
          (annotation) => [...refreshEntries(before, annotation.glossaryEntryId), loadSuggestions()],
        );
      },
      linkToNewEntry: async (id) => {
        const before = annotationShown(id)?.glossaryEntryId;
        await write(api['annotations.update']({ id, newEntry: true }), replaceAnnotation, (annotation) => [
          ...refreshEntries(before, annotation.glossaryEntryId),
          loadSuggestions(),
        ]);
      },
      remove: async (id) => {
        const before = annotationShown(id)?.glossaryEntryId;
        await write(
          api['annotations.delete']({ id }),
          () =>
            update((previous) => ({
              ...previous,
              annotations: (previous.annotations ?? []).filter((annotation) => annotation.id !== id),
            })),
          () => [...refreshEntries(before), loadSuggestions()],
        );
      },
      annotateAll: async (annotationId) => {
        const added = await write(api['annotations.createAll']({ annotationId }), addAnnotations, () => [
          ...refreshEntries(annotationShown(annotationId)?.glossaryEntryId),
          loadSuggestions(),
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
            // A marked span is suggested for no entry any more.
            dropSuggestions((shown) => shown.start === start && shown.end === end);
            addAnnotations([annotation]);
          },
          (annotation) => refreshEntries(annotation.glossaryEntryId),
        );
      },
      reject: async (key) => {
        const suggestion = findSuggestion(key);
        if (!suggestion) return;
        const { start, end, entryId } = suggestion;
        await write(
          api['suggestions.reject']({ articleId, start, end, entryId }),
          () => dropSuggestions((shown) => suggestionKey(shown) === key),
          () => [],
        );
      },
      acceptAll: async (entryId) => {
        await write(
          api['suggestions.acceptAll'](entryId === undefined ? { articleId } : { articleId, entryId }),
          addAnnotations,
          () => [loadGlossary(), loadSuggestions()],
        );
      },
      rejectAll: async (entryId) => {
        await write(
          api['suggestions.rejectAll'](entryId === undefined ? { articleId } : { articleId, entryId }),
          () => {},
          () => [loadSuggestions()],
        );
      },
      entrySaved: (entry) =>
        update((previous) => ({ ...previous, glossary: mergeEntry(previous.glossary, entry) })),
    }),
    [
      addAnnotations,
      annotationShown,
      articleId,
      dropSuggestions,
      findSuggestion,
      loadAnnotations,
      loadGlossary,
      loadSuggestions,
      mark,
      refreshEntries,
      replaceAnnotation,
      undo,
      update,
      write,
    ],
  );

  return { data, loadError: loadError ?? gone, suggestionsError, markError, actions };
}
