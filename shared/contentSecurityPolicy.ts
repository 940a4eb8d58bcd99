/// The Content-Security-Policy of every page Passerelle shows, in the desktop app (meta tag and
/// header) and in web mode (header): only the app's own scripts, styles and API; no remote
/// images, frames, objects, forms or base changes.
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
