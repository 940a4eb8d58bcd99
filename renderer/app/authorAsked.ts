// Per tab and window session: a reload asks no more, a new session (or tab) asks again.
const skippedKey = 'passerelle.authorSkipped';

/// Whether the name dialog should open by itself: the workspace is known, writable and has no
/// name, and the user did not choose "Not now" in this session.
export function shouldAskForAuthor(
  workspace: { readonly known: boolean; readonly author: string | null; readonly readOnly: boolean },
  storage: Pick<Storage, 'getItem'>,
): boolean {
  return (
    workspace.known &&
    !workspace.readOnly &&
    workspace.author === null &&
    storage.getItem(skippedKey) === null
  );
}

/// Remembers for this session that the user put off giving a name.
export function rememberAuthorSkipped(storage: Pick<Storage, 'setItem'>): void {
  storage.setItem(skippedKey, '1');
}
