import type { Annotation, GlossaryEntry } from '../../shared/domain';

/// What the English text should say for an entry: its English term, the French original kept, or
/// the original with its English gloss.
export function entryRendering(
  entry: Pick<GlossaryEntry, 'decision' | 'frenchTerm' | 'englishTerm'>,
): string {
  if (entry.decision === 'keep' || entry.englishTerm === '') return entry.frenchTerm;
  if (entry.decision === 'gloss') return `${entry.frenchTerm} (${entry.englishTerm})`;
  return entry.englishTerm;
}

/// A run of a segment's source and the annotations covering it, outermost first.
export interface SourcePiece {
  readonly text: string;
  readonly start: number;
  readonly annotations: readonly Annotation[];
}

/// Cuts the source of a segment starting at `offset` into runs at every annotation boundary, so
/// each run can be drawn inside the spans of the annotations covering it.
export function sourcePieces(
  source: string,
  offset: number,
  annotations: readonly Annotation[],
): readonly SourcePiece[] {
  const end = offset + source.length;
  const inside = annotations
    .filter((annotation) => annotation.start < end && annotation.end > offset)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  if (inside.length === 0) return [{ text: source, start: offset, annotations: [] }];
  const cuts = new Set<number>([offset, end]);
  for (const annotation of inside) {
    cuts.add(Math.max(annotation.start, offset));
    cuts.add(Math.min(annotation.end, end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: SourcePiece[] = [];
  for (let index = 0; index + 1 < points.length; index += 1) {
    const from = points[index]!;
    const to = points[index + 1]!;
    pieces.push({
      text: source.slice(from - offset, to - offset),
      start: from,
      annotations: inside.filter((annotation) => annotation.start <= from && annotation.end >= to),
    });
  }
  return pieces;
}

/// Each segment's annotations (those overlapping it), found in one pass over both lists sorted by
/// start, so a long article's rows need not each search all its annotations.
export function annotationsBySegment(
  segments: readonly { readonly id: number; readonly start: number; readonly end: number }[],
  annotations: readonly Annotation[],
): ReadonlyMap<number, readonly Annotation[]> {
  const sorted = [...annotations].sort((a, b) => a.start - b.start);
  const bySegment = new Map<number, Annotation[]>();
  let first = 0;
  for (const segment of [...segments].sort((a, b) => a.start - b.start)) {
    // Segments come in text order: a leading run of annotations that ended before this one ended
    // before every later one too (a long annotation stops the run; the scan below still skips it).
    while (first < sorted.length && sorted[first]!.end <= segment.start) first += 1;
    const own: Annotation[] = [];
    for (let index = first; index < sorted.length && sorted[index]!.start < segment.end; index += 1) {
      const annotation = sorted[index]!;
      if (annotation.end > segment.start) own.push(annotation);
    }
    if (own.length > 0) bySegment.set(segment.id, own);
  }
  return bySegment;
}
