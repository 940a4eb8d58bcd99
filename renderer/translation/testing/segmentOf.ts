import type { Annotation, Segment } from '../../../shared/domain';

/// A new segment of article 1 over `source` at `start`, changed by `fields`: the segment the
/// translation view's tests start from.
export function segmentOf(id: number, source: string, start = 0, fields: Partial<Segment> = {}): Segment {
  return {
    id,
    articleId: 1,
    start,
    end: start + source.length,
    source,
    target: '',
    status: 'new',
    origin: 'human',
    provider: null,
    model: null,
    propagatedFrom: null,
    propagationException: false,
    ignoredIssues: [],
    author: null,
    createdAt: '',
    updatedAt: '',
    ...fields,
  };
}

/// An entity annotation of article 1 over `quote` at `start`, labelled `label`, linked to `entryId`.
export function mentionOf(
  id: number,
  quote: string,
  start: number,
  label: string,
  entryId: number | null,
): Annotation {
  return {
    id,
    articleId: 1,
    start,
    end: start + quote.length,
    kind: 'entity',
    label,
    quote,
    prefix: '',
    suffix: '',
    glossaryEntryId: entryId,
    author: null,
    createdAt: '',
  };
}
