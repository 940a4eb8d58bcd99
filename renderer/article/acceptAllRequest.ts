import type { Suggestion } from '../../shared/domain';

/// Above this many suggestions, "Accept all" asks before accepting them.
export const acceptAllConfirmThreshold = 50;

/// What an "Accept all" would accept: every suggestion of the article, or those of one entry
/// (`entryId`, with its French term), and how many there are.
export interface AcceptAllRequest {
  readonly entryId: number | undefined;
  readonly term: string | undefined;
  readonly count: number;
}

/// The suggestions an "Accept all" of `entryId` (every entry without it) would accept.
export function acceptAllRequest(suggestions: readonly Suggestion[], entryId?: number): AcceptAllRequest {
  const accepted =
    entryId === undefined ? suggestions : suggestions.filter((suggestion) => suggestion.entryId === entryId);
  return {
    entryId,
    term: entryId === undefined ? undefined : accepted[0]?.frenchTerm,
    count: accepted.length,
  };
}

/// Whether an "Accept all" is large enough to ask first.
export function acceptAllNeedsConfirmation(request: AcceptAllRequest): boolean {
  return request.count > acceptAllConfirmThreshold;
}
