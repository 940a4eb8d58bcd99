import { useEffect, useState } from 'react';
import type { TranslationProgress } from '../../shared/domain';
import { api } from '../app/api';

/// The translation progress of the given articles, by article id (those never split have none);
/// asked again whenever `articleIds` or `version` changes. Empty while loading, and when it cannot
/// be read: progress is extra information, never a reason to fail the screen showing it.
export function useTranslationProgress(
  articleIds: readonly number[] | null,
  version = 0,
): ReadonlyMap<number, TranslationProgress> {
  const [progress, setProgress] = useState<ReadonlyMap<number, TranslationProgress>>(new Map());
  const key = articleIds?.join(',') ?? '';
  useEffect(() => {
    if (key === '') return;
    let current = true;
    api['translation.progress']({ articleIds: key.split(',').map(Number) }).then(
      (list) => {
        if (current) setProgress(new Map(list.map((entry) => [entry.articleId, entry])));
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [key, version]);
  return progress;
}
