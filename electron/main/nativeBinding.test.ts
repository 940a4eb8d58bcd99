import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronNativeBinding } from './nativeBinding';

describe('electronNativeBinding', () => {
  it('points at the Electron build under the app folder when it exists', () => {
    const expected = join('/app', '.electron-native', 'better_sqlite3.node');
    expect(electronNativeBinding('/app', (path) => path === expected)).toBe(expected);
  });

  it('is undefined when the Electron build is missing', () => {
    expect(electronNativeBinding('/app', () => false)).toBeUndefined();
  });
});
