// @ts-check
/// The pure part of `electronNative.mjs`: what a build of better-sqlite3 for Electron is keyed by,
/// and whether the binary already in `.electron-native/` still matches.

/**
 * @typedef {object} NativeStamp
 * @property {string} electron Electron version the binary targets.
 * @property {string} betterSqlite3 better-sqlite3 version the binary was built from.
 * @property {string} platform `process.platform` it was built for.
 * @property {string} arch CPU architecture it was built for.
 */

/// The stamp describing a build for these versions and this platform.
/** @param {NativeStamp} wanted @returns {NativeStamp} */
export function nativeStamp({ electron, betterSqlite3, platform, arch }) {
  return { electron, betterSqlite3, platform, arch };
}

/// Parses `stamp.json`'s text; anything unreadable or incomplete counts as no stamp.
/** @param {string | undefined} text @returns {NativeStamp | undefined} */
export function parseStamp(text) {
  if (text === undefined) return undefined;
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { electron, betterSqlite3, platform, arch } = value;
  const fields = [electron, betterSqlite3, platform, arch];
  return fields.every((field) => typeof field === 'string' && field !== '')
    ? { electron, betterSqlite3, platform, arch }
    : undefined;
}

/// Whether the binary must be (re)built: it is missing, or its stamp names another Electron,
/// better-sqlite3, platform or architecture.
/** @param {NativeStamp | undefined} existing @param {NativeStamp} wanted @param {boolean} binaryExists @returns {boolean} */
export function needsRebuild(existing, wanted, binaryExists) {
  if (!binaryExists || existing === undefined) return true;
  return (
    existing.electron !== wanted.electron ||
    existing.betterSqlite3 !== wanted.betterSqlite3 ||
    existing.platform !== wanted.platform ||
    existing.arch !== wanted.arch
  );
}
