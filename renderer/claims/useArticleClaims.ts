import { useCallback, useEffect, useState } from 'react';
import type { OperationInput } from '../../shared/contract';
import type { Claim, GlossaryEntry } from '../../shared/domain';
import { api } from '../app/api';
import { useHistory } from '../app/historyContext';
import { useSaveTracker } from '../app/saveTrackerContext';

/// What a claim edit may change: any field of `claims.update` but the claim it names.
export type ClaimChange = Omit<OperationInput<'claims.update'>, 'annotationId'>;

/// One article's claims in text order, kept current after every undo or redo that touches the
/// article; `save` stores one change (one undo step) through the save tracker.
export function useArticleClaims(articleId: number): {
  readonly claims: readonly Claim[] | null;
  readonly reload: () => Promise<void>;
  readonly save: (annotationId: number, change: ClaimChange) => Promise<Claim | null>;
  /// Makes `name` a new draft entry with `label` and the claim's claimant; resolves to the entry.
  readonly createClaimant: (
    annotationId: number,
    name: string,
    label: 'person' | 'organisation',
  ) => Promise<GlossaryEntry | null>;
} {
  const saveTracker = useSaveTracker();
  const history = useHistory();
  const [claims, setClaims] = useState<readonly Claim[] | null>(null);

  const reload = useCallback(async () => {
    try {
      setClaims(await api['claims.list']({ articleId, sort: 'article' }));
    } catch {
      // Shown as not loaded; the next step or edit loads them again.
    }
  }, [articleId]);

  useEffect(() => {
    let current = true;
    api['claims.list']({ articleId, sort: 'article' }).then(
      (loaded) => {
        if (current) setClaims(loaded);
      },
      () => {
        // Shown as not loaded; the next step or edit loads them again.
      },
    );
    return () => {
      current = false;
    };
  }, [articleId]);

  useEffect(
    () =>
      history.onStep((step) => {
        if (step.articleIds.includes(articleId)) void reload();
      }),
    [articleId, history, reload],
  );

  const save = useCallback(
    async (annotationId: number, change: ClaimChange) => {
      let saved: Claim;
      try {
        saved = await saveTracker.track(api['claims.update']({ annotationId, ...change }));
      } catch {
        // The save indicator says why.
        return null;
      }
      setClaims(
        (previous) =>
          previous?.map((claim) => (claim.annotationId === saved.annotationId ? saved : claim)) ?? null,
      );
      return saved;
    },
    [saveTracker],
  );

  const createClaimant = useCallback(
    async (annotationId: number, name: string, label: 'person' | 'organisation') => {
      let entry: GlossaryEntry;
      try {
        entry = await saveTracker.track(api['glossary.create']({ label, frenchTerm: name }));
      } catch {
        // The save indicator says why.
        return null;
      }
      await save(annotationId, { claimant: { kind: 'entry', entryId: entry.id } });
      return entry;
    },
    [save, saveTracker],
  );

  return { claims, reload, save, createClaimant };
}
