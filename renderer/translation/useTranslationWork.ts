import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type {
  Annotation,
  Article,
  Claim,
  GlossaryEntry,
  IgnoredIssue,
  Segment,
  SegmentStatus,
} from '../../shared/domain';
import { toPasserelleError, type PasserelleError } from '../../shared/errors';
import { api } from '../app/api';
import { useHistory } from '../app/historyContext';
import { useSaveTracker } from '../app/saveTrackerContext';
import { withSegments } from './segmentNavigation';

/// One article's translation as its view shows it; the segments are null until loaded, and empty
/// when the article has not been split yet.
export interface TranslationWorkData {
  readonly article: Article;
  readonly annotations: readonly Annotation[];
  readonly entries: ReadonlyMap<number, GlossaryEntry>;
  readonly segments: readonly Segment[];
  readonly claims: readonly Claim[];
}

/// What the user can do on the translation; every write goes through the save tracker.
export interface TranslationWorkActions {
  /// Splits the article, or only the given ranges of its text (its claims), into sentence
  /// segments; text already split keeps its segments.
  readonly segment: (ranges?: readonly { readonly start: number; readonly end: number }[]) => Promise<void>;
  /// Saves a segment's English text and/or status; a confirmation may fill repeats.
  readonly update: (
    id: number,
    change: {
      readonly target?: string;
      readonly status?: SegmentStatus;
      readonly propagationException?: boolean;
      readonly ignoredIssues?: readonly IgnoredIssue[];
    },
  ) => Promise<Segment | null>;
  readonly merge: (id: number) => Promise<void>;
  readonly split: (id: number, at: number) => Promise<void>;
  /// Shows the segments an import (or another write answering them all) returned.
  readonly replaceSegments: (segments: readonly Segment[]) => void;
  /// Saves a claim's English translation (offered when a segment's differs from it).
  readonly setClaimEnglish: (annotationId: number, englishText: string) => Promise<void>;
}

/// Loads an article, its annotations, the glossary and its segments, keeps them current after every
/// write and after undo/redo, and offers the actions. `propagatedIds` are the segments a
/// confirmation filled while the view is open.
export function useTranslationWork(articleId: number): {
  readonly data: TranslationWorkData | null;
  readonly loadError: PasserelleError | null;
  readonly busy: boolean;
  readonly writeError: PasserelleError | null;
  readonly propagatedIds: ReadonlySet<number>;
  readonly actions: TranslationWorkActions;
} {
  const saveTracker = useSaveTracker();
  const history = useHistory();
  const [data, setData] = useState<TranslationWorkData | null>(null);
  const [loadError, setLoadError] = useState<PasserelleError | null>(null);
  const [busy, setBusy] = useState(false);
  const [writeError, setWriteError] = useState<PasserelleError | null>(null);
  const [propagatedIds, setPropagatedIds] = useState<ReadonlySet<number>>(new Set());
  const current = useRef(true);

  const setSegments = useCallback((change: (segments: readonly Segment[]) => readonly Segment[]) => {
    setData((previous) => previous && { ...previous, segments: change(previous.segments) });
  }, []);

  const load = useCallback(
    async (parts: { readonly annotations: boolean; readonly segments: boolean }) => {
      const [glossary, annotations, segments, claims] = await Promise.all([
        api['glossary.list']({}),
        parts.annotations ? api['annotations.list']({ articleId }) : null,
        parts.segments ? api['segments.list']({ articleId }) : null,
        parts.annotations ? api['claims.list']({ articleId }) : null,
      ]);
      if (!current.current) return;
      setData(
        (previous) =>
          previous && {
            ...previous,
            entries: new Map(glossary.map((entry) => [entry.id, entry])),
            annotations: annotations ?? previous.annotations,
            segments: segments ?? previous.segments,
            claims: claims ?? previous.claims,
          },
      );
    },
    [articleId],
  );

  useEffect(() => {
    current.current = true;
    // All asked at once: the store answers one after the other.
    Promise.all([
      api['articles.get']({ id: articleId }),
      api['annotations.list']({ articleId }),
      api['glossary.list']({}),
      api['segments.list']({ articleId }),
      api['claims.list']({ articleId }),
    ]).then(
      ([article, annotations, glossary, segments, claims]) => {
        if (!current.current) return;
        setData({
          article,
          annotations,
          entries: new Map(glossary.map((entry) => [entry.id, entry])),
          segments,
          claims,
        });
      },
      (error: unknown) => {
        if (current.current) setLoadError(toPasserelleError(error));
      },
    );
    return () => {
      current.current = false;
    };
  }, [articleId]);

  useEffect(
    () =>
      history.onStep((step) => {
        const touched = step.articleIds.includes(articleId);
        void load({ annotations: touched, segments: touched }).catch(() => undefined);
      }),
    [articleId, history, load],
  );

  /// Runs one write through the save tracker; resolves to its result, or null when it failed
  /// (the save indicator and `writeError` say why).
  const write = useCallback(
    async <T>(request: Promise<T>): Promise<T | null> => {
      try {
        const result = await saveTracker.track(request);
        setWriteError(null);
        return result;
      } catch (error) {
        setWriteError(toPasserelleError(error));
        return null;
      }
    },
    [saveTracker],
  );

  const actions = useMemo<TranslationWorkActions>(
    () => ({
      segment: async (ranges) => {
        setBusy(true);
        const segments = await write(
          api['translation.segment']({
            articleId,
            ...(ranges ? { ranges: ranges.map(({ start, end }) => ({ start, end })) } : {}),
          }),
        );
        setBusy(false);
        if (segments) setSegments(() => segments);
      },
      update: async (id, change) => {
        const result = await write(
          api['segments.update']({
            id,
            ...change,
            ignoredIssues: change.ignoredIssues ? [...change.ignoredIssues] : undefined,
          }),
        );
        if (!result) return null;
        const here = result.propagated.filter((segment) => segment.articleId === articleId);
        setSegments((segments) => withSegments(segments, [result.segment, ...here]));
        if (here.length > 0)
          setPropagatedIds((previous) => new Set([...previous, ...here.map((segment) => segment.id)]));
        return result.segment;
      },
      merge: async (id) => {
        const segments = await write(api['segments.merge']({ id }));
        if (segments) setSegments(() => segments);
      },
      split: async (id, at) => {
        const segments = await write(api['segments.split']({ id, at }));
        if (segments) setSegments(() => segments);
      },
      replaceSegments: (segments) => setSegments(() => segments),
      setClaimEnglish: async (annotationId, englishText) => {
        const claim = await write(api['claims.update']({ annotationId, englishText }));
        if (claim)
          setData(
            (previous) =>
              previous && {
                ...previous,
                claims: previous.claims.map((shown) => (shown.annotationId === annotationId ? claim : shown)),
              },
          );
      },
    }),
    [articleId, setSegments, write],
  );

  return { data, loadError, busy, writeError, propagatedIds, actions };
}
