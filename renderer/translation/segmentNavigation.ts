import type { Segment } from '../../shared/domain';
import { countWords } from '../../shared/translation/countWords';
import { isConfirmed } from '../../shared/translation/segmentStates';

/// The segment after (`1`) or before (`-1`) the one with `id` in the list shown, or null at an end.
export function adjacentSegmentId(
  segments: readonly Pick<Segment, 'id'>[],
  id: number,
  step: 1 | -1,
): number | null {
  const index = segments.findIndex((segment) => segment.id === id);
  if (index < 0) return null;
  return segments[index + step]?.id ?? null;
}

/// The first unconfirmed segment after the one with `id`, going round to the top; null when every
/// other segment is confirmed.
export function nextUnconfirmedId(
  segments: readonly Pick<Segment, 'id' | 'status'>[],
  id: number,
): number | null {
  const index = segments.findIndex((segment) => segment.id === id);
  for (let step = 1; step < segments.length; step += 1) {
    const segment = segments[(index + step + segments.length) % segments.length]!;
    if (!isConfirmed(segment.status)) return segment.id;
  }
  return null;
}

/// How many segments there are, how many are confirmed (translated or reviewed) and how many reviewed.
export function segmentCounts(segments: readonly Pick<Segment, 'status'>[]): {
  readonly segments: number;
  readonly translated: number;
  readonly reviewed: number;
} {
  let translated = 0;
  let reviewed = 0;
  for (const segment of segments) {
    if (isConfirmed(segment.status)) translated += 1;
    if (segment.status === 'reviewed') reviewed += 1;
  }
  return { segments: segments.length, translated, reviewed };
}

const wordsBySegment = new WeakMap<Pick<Segment, 'source'>, number>();

/// The source words of the segments in all, translated (translated or reviewed) and reviewed,
/// counted as `translation.progress` counts them; a segment's count is kept while it is the same
/// object, so a redraw costs no counting.
export function segmentWordCounts(segments: readonly Pick<Segment, 'status' | 'source'>[]): {
  readonly words: number;
  readonly translated: number;
  readonly reviewed: number;
} {
  let words = 0;
  let translated = 0;
  let reviewed = 0;
  for (const segment of segments) {
    let count = wordsBySegment.get(segment);
    if (count === undefined) {
      count = countWords(segment.source);
      wordsBySegment.set(segment, count);
    }
    words += count;
    if (isConfirmed(segment.status)) translated += count;
    if (segment.status === 'reviewed') reviewed += count;
  }
  return { words, translated, reviewed };
}

/// The list with the given segments put in place of those of the same id (others' ids are ignored).
export function withSegments(segments: readonly Segment[], changed: readonly Segment[]): readonly Segment[] {
  const byId = new Map(changed.map((segment) => [segment.id, segment]));
  if (!segments.some((segment) => byId.has(segment.id))) return segments;
  return segments.map((segment) => byId.get(segment.id) ?? segment);
}
