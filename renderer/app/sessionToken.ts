/// Key under which the web-mode token is kept for the tab's lifetime, so a reload keeps working.
export const sessionTokenKey = 'passerelle.token';

/// What `takeSessionToken` needs from the page; injectable for tests.
export interface TokenSources {
  readonly location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  readonly history: Pick<History, 'replaceState' | 'state'>;
  readonly storage: Pick<Storage, 'getItem' | 'setItem'>;
}

/// Reads the web-mode token: from the URL fragment `#token=…` on first load (then keeps it in
/// session storage and removes it from the visible URL), else from session storage.
export function takeSessionToken({ location, history, storage }: TokenSources): string | null {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const fromUrl = fragment.get('token');
  if (fromUrl) {
    storage.setItem(sessionTokenKey, fromUrl);
    fragment.delete('token');
    const rest = fragment.toString();
    // The token must not linger in the address bar, history or a copied link.
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`,
    );
    return fromUrl;
  }
  return storage.getItem(sessionTokenKey);
}
