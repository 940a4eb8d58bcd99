import type { Annotation } from '../../shared/domain';

/// The annotation a selection stays on when the shown annotations change: the same id while it is
/// shown, else the annotation now shown over the same span with the same label (a pending mark's
/// stored self), else the same id.
export function followedSelection(
  selectedId: number | null,
  before: readonly Annotation[],
  after: readonly Annotation[],
): number | null {
  if (selectedId === null || after.some((annotation) => annotation.id === selectedId)) return selectedId;
  const was = before.find((annotation) => annotation.id === selectedId);
  if (was === undefined) return selectedId;
  const now = after.find(
    (annotation) =>
      annotation.start === was.start && annotation.end === was.end && annotation.label === was.label,
  );
  return now?.id ?? selectedId;
}
