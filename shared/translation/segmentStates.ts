import type { SegmentStatus } from '../domain';

/// The XLIFF 2.1 segment states (`<segment state>`), in the order of the standard's workflow.
export const xliffStates = ['initial', 'translated', 'reviewed', 'final'] as const;

/// One of `xliffStates`.
export type XliffState = (typeof xliffStates)[number];

/// A segment's state as XLIFF 2.1 writes it: the standard `state` and, for a state XLIFF has no
/// word of its own for, a `subState` in Passerelle's namespace prefix (`passerelle:draft`).
export interface XliffSegmentState {
  readonly state: XliffState;
  readonly subState?: string;
}

/// The `subState` a draft is written with: XLIFF has no state between `initial` and `translated`,
/// so a draft is `translated` with this sub-state, and reads back as a draft.
export const draftSubState = 'passerelle:draft';

/// How each Passerelle status is written in XLIFF 2.1: new → `initial`; draft → `translated` with
/// `subState="passerelle:draft"`; translated → `translated`; reviewed → `reviewed`. `final` is not
/// written (Passerelle has no step after review) but reads back as reviewed.
export const xliffStateOfStatus: Readonly<Record<SegmentStatus, XliffSegmentState>> = {
  new: { state: 'initial' },
  draft: { state: 'translated', subState: draftSubState },
  translated: { state: 'translated' },
  reviewed: { state: 'reviewed' },
};

/// Whether a value is one of `xliffStates`.
export function isXliffState(value: string): value is XliffState {
  return (xliffStates as readonly string[]).includes(value);
}

/// The Passerelle status of an XLIFF segment state, the inverse of `xliffStateOfStatus`: a missing
/// state is XLIFF's default `initial`; `final` is reviewed; a `subState` other than Passerelle's
/// draft (another tool's) is ignored.
export function statusOfXliffState(state: XliffState = 'initial', subState?: string): SegmentStatus {
  switch (state) {
    case 'initial':
      return 'new';
    case 'translated':
      return subState === draftSubState ? 'draft' : 'translated';
    case 'reviewed':
    case 'final':
      return 'reviewed';
  }
}

/// Whether a segment with this status is confirmed: translated or reviewed (what the view counts
/// as done, what fills repeats).
export function isConfirmed(status: SegmentStatus): boolean {
  return status === 'translated' || status === 'reviewed';
}
