import { describe, expect, it } from 'vitest';
import { segmentStatuses } from '../domain';
import { draftSubState, statusOfXliffState, xliffStateOfStatus } from './segmentStates';

describe('segment states', () => {
  it('gives back every status from the XLIFF state it is written as', () => {
    for (const status of segmentStatuses) {
      const { state, subState } = xliffStateOfStatus[status];
      expect(statusOfXliffState(state, subState)).toBe(status);
    }
  });

  it('writes each status as its own state and sub-state', () => {
    const written = segmentStatuses.map((status) => JSON.stringify(xliffStateOfStatus[status]));
    expect(new Set(written).size).toBe(segmentStatuses.length);
    expect(xliffStateOfStatus.draft).toEqual({ state: 'translated', subState: draftSubState });
  });

  it('reads a missing state as new, final as reviewed and ignores another tool’s sub-state', () => {
    expect(statusOfXliffState(undefined)).toBe('new');
    expect(statusOfXliffState('final')).toBe('reviewed');
    expect(statusOfXliffState('translated', 'other:wip')).toBe('translated');
  });
});
