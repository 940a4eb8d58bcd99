import type { Annotation, Claim, Segment } from '../../shared/domain';
import { checkSegment, type QaClaim, type QaIssue, type QaMention } from '../../shared/translation/qa';

/// The claims whose span is a segment's span, by segment id, with their stored English text (the
/// QA compares a claim segment's translation with it).
export function claimsBySegment(
  segments: readonly { readonly id: number; readonly start: number; readonly end: number }[],
  annotations: readonly Annotation[],
  claims: readonly Claim[],
): ReadonlyMap<number, readonly QaClaim[]> {
  const englishById = new Map(claims.map((claim) => [claim.annotationId, claim.englishText]));
  const bySpan = new Map<string, QaClaim[]>();
  for (const annotation of annotations) {
    if (annotation.kind !== 'claim') continue;
    const englishText = englishById.get(annotation.id);
    if (englishText === undefined) continue;
    const key = `${annotation.start}:${annotation.end}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), { annotationId: annotation.id, englishText }]);
  }
  const bySegment = new Map<number, readonly QaClaim[]>();
  for (const segment of segments) {
    const own = bySpan.get(`${segment.start}:${segment.end}`);
    if (own) bySegment.set(segment.id, own);
  }
  return bySegment;
}

const noClaims: readonly QaClaim[] = [];
const noMentions: readonly QaMention[] = [];

/// A segment's QA issues for an English text (the stored one, or the one being typed).
export function segmentIssues(
  segment: Segment,
  target: string,
  mentions: readonly QaMention[] = noMentions,
  claims: readonly QaClaim[] = noClaims,
): readonly QaIssue[] {
  return checkSegment({
    source: segment.source,
    target,
    status: segment.status,
    mentions,
    claims,
    ignoredIssues: segment.ignoredIssues,
  });
}

const stored = new WeakMap<
  Segment,
  { mentions: readonly QaMention[]; claims: readonly QaClaim[]; issues: readonly QaIssue[] }
>();

/// A segment's issues for its stored English text, remembered while the segment, its mentions and
/// its claims are the same objects: a view checks only the segments that changed.
export function storedIssues(
  segment: Segment,
  mentions: readonly QaMention[] = noMentions,
  claims: readonly QaClaim[] = noClaims,
): readonly QaIssue[] {
  const known = stored.get(segment);
  if (known && known.mentions === mentions && known.claims === claims) return known.issues;
  const issues = segmentIssues(segment, segment.target, mentions, claims);
  stored.set(segment, { mentions, claims, issues });
  return issues;
}

/// Whether an issue is still to be dealt with (not ignored).
export function isOpen(issue: QaIssue): boolean {
  return issue.ignoredReason === null;
}
