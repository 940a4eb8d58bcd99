import type { Claimant } from '../../shared/domain';

/// How a claimant is named in lists: the entry's French term, the unnamed source's description,
/// or null when nobody is recorded.
export function claimantName(claimant: Claimant): string | null {
  if (claimant.kind === 'entry') return claimant.frenchTerm;
  if (claimant.kind === 'unattributed') return claimant.description;
  return null;
}
