/// A claim's verdict, in the order the UI lists them: the five steps of the ClaimReview rating
/// scale (1 False … 5 True), then the two that publish no rating. `unverified` is every new
/// claim's.
export const claimVerdicts = [
  'false',
  'mostly-false',
  'mixed',
  'mostly-true',
  'true',
  'unverified',
  'unverifiable',
] as const;

/// One of `claimVerdicts`.
export type ClaimVerdict = (typeof claimVerdicts)[number];

/// The verdict of a claim nobody has reviewed yet.
export const defaultClaimVerdict: ClaimVerdict = 'unverified';

/// The ClaimReview `ratingValue` (worst 1, best 5) and `alternateName` of each rated verdict; the
/// two unrated verdicts have none, so a claim with them is not published.
export const claimRatings = {
  false: { value: 1, name: 'False' },
  'mostly-false': { value: 2, name: 'Mostly false' },
  mixed: { value: 3, name: 'Mixed' },
  'mostly-true': { value: 4, name: 'Mostly true' },
  true: { value: 5, name: 'True' },
} as const satisfies Partial<Record<ClaimVerdict, { value: number; name: string }>>;

/// A verdict that has a ClaimReview rating.
export type RatedVerdict = keyof typeof claimRatings;

/// Whether `verdict` has a ClaimReview rating (1–5).
export function isRatedVerdict(verdict: ClaimVerdict): verdict is RatedVerdict {
  return Object.hasOwn(claimRatings, verdict);
}

/// The label key every claim annotation is stored under. Claims are not entities: they have no
/// workspace label, no shortcut digit and never a glossary entry. Label keys are made lower case
/// (`labelKey`), so no workspace label can ever take this one.
export const claimLabelKey = 'CLAIM';

/// The glossary labels a claimant entry may have: a person or an organisation.
export const claimantLabels = ['person', 'organisation'] as const;

/// How many evidence links a claim keeps at most.
export const maxClaimEvidence = 50;
