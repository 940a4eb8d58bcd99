/// Drawing an article's thousands of annotations and suggestions at once takes ProseMirror a
/// few hundred milliseconds in one task. When they arrive all together (on opening), the part in
/// view is drawn first, and the rest follows in slices of the text, each after a paint, so the
/// page shows what the reader looks at sooner and stays responsive while the rest is drawn.

/// A span of the article's text, in UTF-16 offsets.
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/// Below this many annotations and suggestions together, everything is drawn at once.
export const stagedDrawingThreshold = 600;

/// Characters drawn on each side of the part in view in the first stage, so a short scroll
/// still finds its marks drawn.
export const firstStageMargin = 4_000;

/// Characters of text each later stage adds.
export const stageLength = 40_000;

/// What stage `stage` draws: everything overlapping the part in view (widened by the margin),
/// the items `pinned` says must be there from the start (the selected or revealed one), and,
/// from stage 1 on, everything starting before `stage × stageLength`. The stages are cumulative,
/// so each one is a diff against the previous; `done` says the stage draws everything.
export function stageFilter<T extends TextRange>(
  inView: TextRange,
  stage: number,
  textLength: number,
  pinned: (item: T) => boolean,
): { readonly includes: (item: T) => boolean; readonly done: boolean } {
  const windowStart = inView.start - firstStageMargin;
  const windowEnd = inView.end + firstStageMargin;
  const before = stage * stageLength;
  if (before >= textLength) return { includes: () => true, done: true };
  return {
    includes: (item) =>
      item.start < before || (item.start < windowEnd && item.end > windowStart) || pinned(item),
    done: false,
  };
}
