import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/// Where the main window's page comes from: electron-vite's dev server in development
/// (`ELECTRON_RENDERER_URL`), else the built `out/renderer/index.html`.
export type RendererLocation =
  { readonly kind: 'url'; readonly url: string } | { readonly kind: 'file'; readonly path: string };

/// The renderer location for this run; `mainDirectory` is the folder of the built main bundle
/// (`out/main`).
export function rendererLocation(
  mainDirectory: string,
  env: NodeJS.ProcessEnv = process.env,
): RendererLocation {
  const devUrl = env['ELECTRON_RENDERER_URL'];
  if (devUrl) return { kind: 'url', url: devUrl };
  return { kind: 'file', path: join(mainDirectory, '..', 'renderer', 'index.html') };
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/// Whether `url` is a page of the app's own renderer: the same origin as the dev server, or
/// exactly the built index.html file (any query or fragment). Everything else is foreign.
export function isRendererUrl(location: RendererLocation, url: string): boolean {
  const candidate = parse(url);
  if (!candidate) return false;
  if (location.kind === 'url') {
    const own = parse(location.url);
    // An opaque origin ("null", e.g. data: or file:) never equals the dev server's.
    return own !== undefined && own.origin !== 'null' && candidate.origin === own.origin;
  }
  const own = pathToFileURL(location.path);
  return candidate.protocol === 'file:' && candidate.host === own.host && candidate.pathname === own.pathname;
}
