/// What a better-sqlite3 build for Electron is keyed by.
export interface NativeStamp {
  readonly electron: string;
  readonly betterSqlite3: string;
  readonly platform: string;
  readonly arch: string;
}

/// The stamp describing a build for these versions and this platform.
export function nativeStamp(wanted: NativeStamp): NativeStamp;

/// Parses `stamp.json`'s text; anything unreadable or incomplete counts as no stamp.
export function parseStamp(text: string | undefined): NativeStamp | undefined;

/// Whether the binary must be (re)built.
export function needsRebuild(
  existing: NativeStamp | undefined,
  wanted: NativeStamp,
  binaryExists: boolean,
): boolean;
