import type { Segment, SegmentStatus } from '../../../../../shared/domain';
import type { XliffTranslation } from './readXliff';

/// A segment whose target or status the XLIFF file changes.
export interface XliffSegmentUpdate {
  readonly segmentId: number;
  readonly target: string;
  readonly status: SegmentStatus;
}

/// What importing an XLIFF file would do to an article's segments: the updates, how many segments
/// it leaves as they are, and the segments it cannot apply — ids the article does not have (the
/// file is of another article, or the segments were merged or split since), and segments whose
/// source is no longer the article's (in file order).
export interface XliffImportPlan {
  readonly updates: readonly XliffSegmentUpdate[];
  readonly unchanged: number;
  readonly unknownSegments: readonly number[];
  readonly changedSources: readonly number[];
}

/// Compares what `readXliff` read with the article's segments now: a segment of the file whose id
/// and source text (exactly) are the article's is an update when its target or status differ, and
/// unchanged otherwise; any other is listed, not applied.
export function planXliffImport(
  translation: XliffTranslation,
  segments: readonly Segment[],
): XliffImportPlan {
  const byId = new Map(segments.map((segment) => [segment.id, segment]));
  const updates: XliffSegmentUpdate[] = [];
  const unknownSegments: number[] = [];
  const changedSources: number[] = [];
  let unchanged = 0;
  for (const read of translation.segments) {
    const segment = byId.get(read.segmentId);
    if (!segment) unknownSegments.push(read.segmentId);
    else if (segment.source !== read.source) changedSources.push(read.segmentId);
    else if (segment.target === read.target && segment.status === read.status) unchanged += 1;
    else updates.push({ segmentId: read.segmentId, target: read.target, status: read.status });
  }
  return { updates, unchanged, unknownSegments, changedSources };
}
