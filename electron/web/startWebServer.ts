import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { maxExchangeImportBytes, maxImportBytes } from '../../shared/limits';
import type { ErrorCode } from '../../shared/errors';
import type { UiLanguage } from '../../shared/languages';
import { webModeHelpPath } from '../../shared/webModeHelpPath';
import type { CoreContext } from '../core/coreContext';
import { dispatchEnvelope } from '../core/dispatch';
import { exportFilePathPrefix, takeExportTicket } from '../core/export/exportJobs';
import { answerMemory, readIdempotencyKey, type ApiAnswer } from './answerMemory';
import { httpStatusForError } from './httpStatusForError';
import { preferredUiLanguage } from './preferredUiLanguage';
import { findRendererFile } from './rendererFiles';
import { endSocketWithError, securityHeaders } from './securityHeaders';
import { webModeHelpPage } from './webModeHelpPage';

/// What `startWebServer` needs: the workspace, where the built renderer lives, and optionally a
/// fixed port (0 picks a free one) and token (tests only; a run normally gets a random one).
export interface WebServerOptions {
  readonly ctx: CoreContext;
  readonly rendererDir: string;
  readonly port?: number;
  readonly token?: string;
  /// Tests only: shorter timeouts or fewer connections than `webServerLimits`.
  readonly limits?: Partial<WebServerLimits>;
}

/// How long and how many: the connection cap, how long a client may take to send its headers
/// and its whole request (body included, not the handler's work), and how long an idle
/// keep-alive connection stays open.
export interface WebServerLimits {
  readonly maxConnections: number;
  readonly headersTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly keepAliveTimeoutMs: number;
}

/// Web mode's limits. A browser opens at most six connections to a host. A slow or stalled
/// client is cut off within seconds, while the largest requests (`maxRequestBodyBytes`, about
/// 27 MB, and an Import dialog file at `maxExchangeRequestBodyBytes`, about 128 MB, each received
/// in about a second or less over loopback) keep room for the pauses of a server busy storing a
/// large batch.
export const webServerLimits: WebServerLimits = {
  maxConnections: 32,
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
};

/// A running web-mode server. `url` carries the token in its fragment, which browsers never send.
export interface WebServer {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

/// Largest API request body: one import file at `maxImportBytes`, base64-encoded, plus room for
/// the JSON around it.
export const maxRequestBodyBytes = Math.ceil((maxImportBytes * 4) / 3) + 64 * 1024;

/// Largest request body of the Import dialog's operations, which carry a glossary or dataset file
/// as text: JSON escapes at most double a UTF-8 text (a quote or a line break takes two bytes),
/// plus room for the JSON around it.
export const maxExchangeRequestBodyBytes = 2 * maxExchangeImportBytes + 64 * 1024;

// The operations whose body may reach `maxExchangeRequestBodyBytes`; every other one stops at
// `maxRequestBodyBytes`.
const exchangeImportOperations: ReadonlySet<string> = new Set(['imports.inspect', 'imports.run']);

const apiPrefix = '/api/';

const rendererNotBuiltPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Passerelle: web UI not built</title></head>
<body><h1>The Passerelle web UI has not been built</h1>
<p>Run <code>npx electron-vite build</code> (or start web mode with <code>npm run web</code>, which builds it first), then reload this page.</p>
</body></html>
`;

/// Starts web mode on 127.0.0.1: serves the built renderer and `POST /api/<operation>` over
/// `dispatchEnvelope`, after checking Host, Origin and the bearer token. It holds no domain logic.
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const tokenDigest = sha256(token);
  let port = 0;

  const limits = { ...webServerLimits, ...options.limits };
  // The response in progress on each connection, so an error Node reports on the socket later
  // never writes a second response after one has begun.
  const responses = new WeakMap<Duplex, ServerResponse>();
  const answers = answerMemory();

  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // Node only looks for expired requests this often (30 s by default), so it bounds how late
      // a slow client is cut off.
      connectionsCheckingInterval: Math.max(1, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4))),
    },
    (req, res) => {
      responses.set(req.socket, res);
      handleRequest(req, res).catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (!res.headersSent) sendError(res, 500, 'internal', `Web mode failed to answer: ${message}`);
        else res.destroy();
      });
    },
  );
  server.maxConnections = limits.maxConnections;
  server.maxHeadersCount = 100;

  // Node's own answers to requests it cannot parse or that arrive too slowly carry no headers of
  // ours; these replace them.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (error.code === 'ECONNRESET' || responses.get(socket)?.headersSent) socket.destroy();
    else if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT')
      endSocketWithError(socket, 408, 'invalid_input', 'The request took too long to arrive.');
    else if (error.code === 'HPE_HEADER_OVERFLOW')
      endSocketWithError(socket, 431, 'too_large', 'The request headers are too large.');
    else endSocketWithError(socket, 400, 'invalid_input', 'The request is not valid HTTP/1.1.');
  });
  server.on('connect', (_req, socket) => {
    endSocketWithError(socket, 400, 'invalid_input', 'Web mode is not a proxy: CONNECT is refused.');
  });
  server.on('checkExpectation', (_req, res: ServerResponse) => {
    sendError(res, 417, 'invalid_input', 'Only "Expect: 100-continue" is supported.');
  });

  async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // A proxy-style absolute URL or a second Host header could make this check and the routing
    // below disagree about where the request is going.
    if (!req.url?.startsWith('/')) {
      sendError(res, 400, 'invalid_input', 'The request target must be a path starting with "/".');
      return;
    }
    if (countHeaders(req.rawHeaders, 'host') !== 1) {
      sendError(res, 400, 'invalid_input', 'The request must carry exactly one Host header.');
      return;
    }
    // DNS rebinding and cross-site requests are refused before anything else looks at the request.
    const host = req.headers.host?.toLowerCase();
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      sendError(
        res,
        421,
        'forbidden',
        'Web mode only answers requests addressed to 127.0.0.1 or localhost on its own port.',
      );
      return;
    }
    const origin = req.headers.origin;
    if (
      origin !== undefined &&
      origin !== `http://127.0.0.1:${port}` &&
      origin !== `http://localhost:${port}`
    ) {
      sendError(res, 403, 'forbidden', 'Requests from other origins are refused.');
      return;
    }
    if (req.method === 'OPTIONS') {
      sendError(
        res,
        405,
        'invalid_input',
        'OPTIONS is not supported: web mode never answers cross-origin requests.',
        'GET, HEAD, POST',
      );
      return;
    }

    const path = requestPath(req.url);
    if (path.startsWith(apiPrefix)) {
      await handleApi(req, res, path.slice(apiPrefix.length));
      return;
    }
    if (path === '/api') {
      sendError(res, 404, 'unknown_operation', 'Name an operation: POST /api/<operation>.');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(
        res,
        405,
        'invalid_input',
        `${req.method ?? 'This method'} is not allowed here; use GET.`,
        'GET, HEAD',
      );
      return;
    }
    if (path.startsWith(exportFilePathPrefix)) {
      sendExportFile(req, res, path.slice(exportFilePathPrefix.length));
      return;
    }
    if (path === webModeHelpPath) {
      sendWebModeHelp(req, res, preferredUiLanguage(req.headers['accept-language']));
      return;
    }
    await serveRendererFile(req, res, path);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, operation: string): Promise<void> {
    if (req.method !== 'POST') {
      sendError(res, 405, 'invalid_input', `Operations are called with POST /api/${operation}.`, 'POST');
      return;
    }
    if (!hasValidToken(req.headers.authorization)) {
      sendError(
        res,
        401,
        'forbidden',
        'Missing or wrong token: send the one from the web-mode URL as "Authorization: Bearer <token>".',
      );
      return;
    }
    const contentType = req.headers['content-type'];
    if (contentType !== undefined && !isJsonMediaType(contentType)) {
      sendError(res, 415, 'invalid_input', 'The request body must be JSON (Content-Type: application/json).');
      return;
    }
    const exchange = exchangeImportOperations.has(operation);
    const body = await readBody(req, exchange ? maxExchangeRequestBodyBytes : maxRequestBodyBytes);
    if (body === 'too_large') {
      if (exchange) {
        const limit = maxExchangeImportBytes / 1024 / 1024;
        sendJson(res, 413, {
          error: {
            code: 'too_large',
            message: `The file is larger than the ${limit} MB import limit for glossaries and datasets.`,
            params: { detail: 'exchangeLimit', limit },
          },
        });
      } else
        sendError(res, 413, 'too_large', `The request body is larger than ${maxRequestBodyBytes} bytes.`);
      // Stop the client's upload instead of reading the rest of it.
      res.once('finish', () => req.destroy());
      return;
    }
    if (body.length > 0 && contentType === undefined) {
      sendError(res, 415, 'invalid_input', 'The request body must be JSON (Content-Type: application/json).');
      return;
    }
    let input: unknown = {};
    if (body.length > 0) {
      try {
        input = JSON.parse(body.toString('utf8'));
      } catch {
        sendError(res, 400, 'invalid_input', 'The request body is not valid JSON.');
        return;
      }
    }

    const run = async (): Promise<ApiAnswer> => {
      const envelope = await dispatchEnvelope(options.ctx, operation, input);
      return envelope.ok
        ? { status: 200, json: JSON.stringify(envelope.result) }
        : {
            status: httpStatusForError[envelope.error.code],
            json: JSON.stringify({ error: envelope.error }),
          };
    };
    const key = readIdempotencyKey(req.headers['idempotency-key']);
    if (key === 'invalid') {
      sendError(
        res,
        400,
        'invalid_input',
        'The Idempotency-Key header must be one token of 8 to 128 letters, digits or -_.:',
      );
      return;
    }
    const answer =
      key === null
        ? await run()
        : await answers.answer(key, sha256(`${operation}\n${body.toString('latin1')}`).toString('hex'), run);
    if (answer === 'key_reused') {
      sendError(res, 422, 'invalid_input', 'This Idempotency-Key was already used for a different request.');
      return;
    }
    sendJsonText(res, answer.status, answer.json);
  }

  function hasValidToken(authorization: string | undefined): boolean {
    const match = /^Bearer ([A-Za-z0-9_\-.~+/=]+)$/.exec(authorization ?? '');
    // Comparing digests keeps the comparison constant-time even when the lengths differ.
    return match?.[1] !== undefined && timingSafeEqual(sha256(match[1]), tokenDigest);
  }

  // A finished export, named by the one-time ticket `exports.save` handed out to a caller holding
  // the token (a download link cannot carry the Authorization header). The ticket is spent by
  // this request whatever happens, and the file is deleted once sent.
  function sendExportFile(req: IncomingMessage, res: ServerResponse, ticket: string): void {
    const taken = /^[A-Za-z0-9_-]{16,64}$/.test(ticket) ? takeExportTicket(options.ctx, ticket) : null;
    if (taken === null) {
      sendError(res, 404, 'not_found', 'This export link is unknown, expired or already used.');
      return;
    }
    const { file, release } = taken;
    let size: number;
    try {
      size = statSync(file.path).size;
    } catch {
      release();
      sendError(res, 404, 'not_found', 'This export is no longer on disk.');
      return;
    }
    res.writeHead(200, {
      ...securityHeaders,
      'Content-Type': file.mimeType.startsWith('text/') ? `${file.mimeType}; charset=utf-8` : file.mimeType,
      'Content-Length': String(size),
      'Content-Disposition': `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') {
      res.end();
      release();
      return;
    }
    res.once('close', release);
    createReadStream(file.path)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  async function serveRendererFile(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const lookup = await findRendererFile(options.rendererDir, path);
    if (lookup.kind === 'not_built') {
      res.writeHead(503, {
        ...securityHeaders,
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : rendererNotBuiltPage);
      return;
    }
    if (lookup.kind === 'not_found') {
      sendError(res, 404, 'not_found', `There is no file at ${path}.`);
      return;
    }
    res.writeHead(200, {
      ...securityHeaders,
      'Content-Type': lookup.contentType,
      'Content-Length': String(lookup.size),
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(lookup.path)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  await new Promise<void>((resolveListening, rejectListening) => {
    server.once('error', rejectListening);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', rejectListening);
      resolveListening();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolveClosed, rejectClosed) => {
        server.close((error) => (error ? rejectClosed(error) : resolveClosed()));
        server.closeAllConnections();
      }),
  };
}

function countHeaders(rawHeaders: readonly string[], name: string): number {
  let count = 0;
  // rawHeaders alternates names and values.
  for (let index = 0; index < rawHeaders.length; index += 2) {
    if (rawHeaders[index]?.toLowerCase() === name) count += 1;
  }
  return count;
}

function sendWebModeHelp(req: IncomingMessage, res: ServerResponse, language: UiLanguage): void {
  const body = webModeHelpPage(language);
  res.writeHead(200, {
    ...securityHeaders,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Content-Language': language,
    'Cache-Control': 'no-store',
    Vary: 'Accept-Language',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

function requestPath(rawUrl: string | undefined): string {
  try {
    return new URL(rawUrl ?? '/', 'http://127.0.0.1').pathname;
  } catch {
    return '/';
  }
}

function isJsonMediaType(contentType: string): boolean {
  return contentType.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | 'too_large'> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve('too_large');
  // Events rather than `for await`: leaving an async iterator early destroys the socket before
  // the 413 can be sent.
  return new Promise((resolveBody, rejectBody) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer): void => {
      received += chunk.length;
      if (received > maxBytes) {
        req.off('data', onData).off('end', onEnd).off('error', rejectBody);
        req.pause();
        resolveBody('too_large');
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => resolveBody(Buffer.concat(chunks));
    req.on('data', onData).once('end', onEnd).once('error', rejectBody);
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown, allow?: string): void {
  sendJsonText(res, status, JSON.stringify(value), allow);
}

function sendJsonText(res: ServerResponse, status: number, body: string, allow?: string): void {
  res.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    ...(allow ? { Allow: allow } : {}),
  });
  res.end(body);
}

function sendError(
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  allow?: string,
): void {
  sendJson(res, status, { error: { code, message } }, allow);
}
