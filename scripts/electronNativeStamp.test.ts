import { describe, expect, it } from 'vitest';
import { nativeStamp, needsRebuild, parseStamp } from './electronNativeStamp.mjs';

const wanted = nativeStamp({ electron: '45.5.0', betterSqlite3: '12.6.2', platform: 'linux', arch: 'x64' });

describe('electron native stamp', () => {
  it('skips the build when the binary exists and the stamp matches', () => {
    expect(needsRebuild(parseStamp(JSON.stringify(wanted)), wanted, true)).toBe(false);
  });

  it('rebuilds when the binary is missing even if the stamp matches', () => {
    expect(needsRebuild(wanted, wanted, false)).toBe(true);
  });

  it('rebuilds when Electron, better-sqlite3, the platform or the architecture changed', () => {
    expect(needsRebuild({ ...wanted, electron: '44.0.0' }, wanted, true)).toBe(true);
    expect(needsRebuild({ ...wanted, betterSqlite3: '12.5.0' }, wanted, true)).toBe(true);
    expect(needsRebuild({ ...wanted, platform: 'darwin' }, wanted, true)).toBe(true);
    expect(needsRebuild({ ...wanted, arch: 'arm64' }, wanted, true)).toBe(true);
  });

  it('treats a missing, unparsable or incomplete stamp as no stamp', () => {
    expect(parseStamp(undefined)).toBeUndefined();
    expect(parseStamp('{not json')).toBeUndefined();
    expect(parseStamp('null')).toBeUndefined();
    expect(
      parseStamp(JSON.stringify({ electron: '45.5.0', betterSqlite3: '12.6.2', platform: 'linux' })),
    ).toBeUndefined();
    expect(needsRebuild(parseStamp('{not json'), wanted, true)).toBe(true);
  });

  it('reads back exactly the fields it writes', () => {
    expect(parseStamp(JSON.stringify({ ...wanted, extra: 1 }))).toEqual(wanted);
  });
});
