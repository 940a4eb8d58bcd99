import { webModeHelpPath } from '../../shared/webModeHelpPath';

/// Web mode's fetch for the API: when the server refuses the tab's token (401: none, or one from
/// another run), the tab goes to the page explaining how to open web mode instead of showing an
/// error.
export function fetchOrOpenWebModeHelp(
  location: Pick<Location, 'replace'>,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): typeof fetch {
  return async (...args) => {
    const response = await fetchImpl(...args);
    if (response.status !== 401) return response;
    location.replace(webModeHelpPath);
    // The page is being replaced: settling would only flash an error before it goes.
    return new Promise<Response>(() => {});
  };
}
