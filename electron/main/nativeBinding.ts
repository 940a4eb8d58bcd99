import { existsSync } from 'node:fs';
import { join } from 'node:path';

/// Where `scripts/electronNative.mjs` puts the better-sqlite3 binary built for Electron's ABI,
/// relative to the app's root folder.
export const electronNativeBindingPath = join('.electron-native', 'better_sqlite3.node');

/// The Electron-ABI better-sqlite3 binary under `appPath`, or undefined when it was not built
/// (better-sqlite3 then loads its own binary, which only works if that one targets Electron).
export function electronNativeBinding(
  appPath: string,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  const path = join(appPath, electronNativeBindingPath);
  return exists(path) ? path : undefined;
}
