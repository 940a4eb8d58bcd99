import type { Duplex } from 'node:stream';
import { STATUS_CODES } from 'node:http';
import { contentSecurityPolicy } from '../../shared/contentSecurityPolicy';
import type { ErrorCode } from '../../shared/errors';

/// The headers every web-mode response carries, errors included: the app's CSP, no MIME
/// sniffing, no referrer, no framing and no cross-origin use.
export const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
} as const;

/// Writes a JSON error `{ error: { code, message } }` with the security headers straight onto a
/// socket Node's HTTP parser gave up on (malformed request, timeout, CONNECT), then closes it.
export function endSocketWithError(socket: Duplex, status: number, code: ErrorCode, message: string): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify({ error: { code, message } });
  const headers: Record<string, string> = {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    Connection: 'close',
  };
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ].join('\r\n');
  socket.end(`${head}\r\n\r\n${body}`);
}
