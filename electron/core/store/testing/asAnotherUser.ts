/// The user `asAnotherUser` runs as when the tests run as root: `nobody`.
export const otherUserId = 65534;

/// Runs `action` (synchronous: the user is switched back as soon as it returns) with file permissions that bite: as root (who ignores them) it switches the
/// effective user to `nobody` for the call and back after; as anyone else it just runs it, since
/// the permissions already apply to that user.
export function asAnotherUser<T>(action: () => T): T {
  if (process.getuid?.() !== 0 || process.seteuid === undefined) return action();
  process.seteuid(otherUserId);
  try {
    return action();
  } finally {
    process.seteuid(0);
  }
}
