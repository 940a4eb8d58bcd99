import { realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

/// Content-Type of each file type the built renderer contains; anything else is served as bytes.
export const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/// Where a request path leads inside the built renderer.
export type RendererFileLookup =
  | { readonly kind: 'file'; readonly path: string; readonly size: number; readonly contentType: string }
  | { readonly kind: 'not_built' }
  | { readonly kind: 'not_found' };

/// Finds the file a URL path names inside `rendererDir` (`/` is `index.html`). The resolved real
/// path must stay inside the real `rendererDir`, so `..`, encoded slashes and symlinks cannot leave it.
export async function findRendererFile(rendererDir: string, urlPath: string): Promise<RendererFileLookup> {
  let root: string;
  try {
    root = await realpath(rendererDir);
    await stat(resolve(root, 'index.html'));
  } catch {
    return { kind: 'not_built' };
  }

  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'not_found' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'not_found' };
  const relative = decoded === '/' ? 'index.html' : `.${decoded}`;

  try {
    const real = await realpath(resolve(root, relative));
    if (!real.startsWith(root + sep)) return { kind: 'not_found' };
    const info = await stat(real);
    if (!info.isFile()) return { kind: 'not_found' };
    const contentType = contentTypes[extname(real).toLowerCase()] ?? 'application/octet-stream';
    return { kind: 'file', path: real, size: info.size, contentType };
  } catch {
    return { kind: 'not_found' };
  }
}
