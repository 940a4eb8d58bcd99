import { describe, expect, it } from 'vitest';
import { PersistentIdMap } from './persistentIdMap';

describe('PersistentIdMap', () => {
  it('holds what it was built with', () => {
    const map = PersistentIdMap.of([
      [1, 'a'],
      [65, 'b'],
      [2, 'c'],
    ]);
    expect(map.size).toBe(3);
    expect(map.get(65)).toBe('b');
    expect(map.has(3)).toBe(false);
    expect(new Map(map)).toEqual(
      new Map([
        [1, 'a'],
        [65, 'b'],
        [2, 'c'],
      ]),
    );
  });

  it('leaves the original unchanged when setting and deleting', () => {
    const original = PersistentIdMap.of([[1, 'a']]);
    const added = original.with(2, 'b').with(1, 'z');
    const removed = added.without(1);
    expect([...original.entries()]).toEqual([[1, 'a']]);
    expect(added.size).toBe(2);
    expect(added.get(1)).toBe('z');
    expect(removed.size).toBe(1);
    expect(removed.has(1)).toBe(false);
    expect(removed.without(42)).toBe(removed);
  });
});
