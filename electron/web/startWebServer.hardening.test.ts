import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreContext } from '../core/coreContext';
import { openStore, type Store } from '../core/store/openStore';
import { securityHeaders } from './securityHeaders';
import { maxRequestBodyBytes, startWebServer, type WebServer, type WebServerLimits } from './startWebServer';

/// A connection driven byte by byte, for what a browser would never send: bad framing, a second
/// Host header, a body that trickles in.
interface RawConnection {
  readonly socket: Socket;
  /// Everything the server sent, and how long after connecting it closed the connection.
  readonly closed: Promise<{ readonly text: string; readonly afterMs: number }>;
}

function openRaw(port: number, firstBytes?: string): Promise<RawConnection> {
  return new Promise((resolveOpen, rejectOpen) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
    });
    const closed = new Promise<{ text: string; afterMs: number }>((resolveClosed) => {
      socket.once('close', () => resolveClosed({ text, afterMs: Date.now() - started }));
    });
    // A reset after the server's answer is still an answer.
    socket.on('error', () => undefined);
    socket.once('connect', () => {
      socket.off('error', rejectOpen);
      if (firstBytes !== undefined) socket.write(firstBytes);
      resolveOpen({ socket, closed });
    });
    socket.once('error', rejectOpen);
  });
}

async function exchange(port: number, bytes: string): Promise<string> {
  const connection = await openRaw(port, bytes);
  const timer = setTimeout(() => connection.socket.end(), 2_000);
  const { text } = await connection.closed;
  clearTimeout(timer);
  return text;
}

interface ParsedResponse {
  readonly status: number;
  readonly headers: ReadonlyMap<string, string>;
  readonly body: string;
}

/// Splits the first HTTP response out of raw bytes.
function parseResponse(text: string): ParsedResponse {
  const end = text.indexOf('\r\n\r\n');
  const [statusLine = '', ...lines] = text.slice(0, end < 0 ? text.length : end).split('\r\n');
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { status: Number(statusLine.split(' ')[1]), headers, body: end < 0 ? '' : text.slice(end + 4) };
}

function expectSecurityHeaders(headers: ReadonlyMap<string, string> | Headers, what: string): void {
  for (const [name, value] of Object.entries(securityHeaders)) {
    expect(headers.get(name.toLowerCase()), `${name} on ${what}`).toBe(value);
  }
}

const shortLimits = {
  headersTimeoutMs: 400,
  requestTimeoutMs: 800,
  keepAliveTimeoutMs: 300,
} satisfies Partial<WebServerLimits>;

describe('startWebServer hardening', () => {
  let dir: string;
  let rendererDir: string;
  let store: Store;
  const servers: WebServer[] = [];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'passerelle-web-hardening-'));
    rendererDir = join(dir, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Passerelle</title>');
    writeFileSync(join(rendererDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
    store = openStore(join(dir, 'workspace.sqlite'));
  });

  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function start(limits?: Partial<WebServerLimits>, options?: { rendererDir?: string; store?: Store }) {
    const server = await startWebServer({
      ctx: coreContext(options?.store ?? store),
      rendererDir: options?.rendererDir ?? rendererDir,
      limits,
    });
    servers.push(server);
    return server;
  }

  function requestHead(server: WebServer, requestLine: string, headers: readonly string[] = []): string {
    return [requestLine, `Host: 127.0.0.1:${server.port}`, ...headers, '', ''].join('\r\n');
  }

  async function glossaryTerms(server: WebServer): Promise<string[]> {
    const res = await fetch(`http://127.0.0.1:${server.port}/api/glossary.list`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}` },
    });
    return ((await res.json()) as { frenchTerm: string }[]).map((entry) => entry.frenchTerm);
  }

  const newEntry = JSON.stringify({ label: 'organisation', frenchTerm: 'Pékin', englishTerm: 'Beijing' });

  it('cuts off a client whose body trickles in, with a 408 that carries the security headers', async () => {
    const server = await start(shortLimits);
    const connection = await openRaw(
      server.port,
      requestHead(server, 'POST /api/glossary.create HTTP/1.1', [
        `Authorization: Bearer ${server.token}`,
        'Content-Type: application/json',
        `Content-Length: ${newEntry.length}`,
      ]),
    );
    let sent = 0;
    const trickle = setInterval(() => {
      if (sent < newEntry.length && !connection.socket.destroyed)
        connection.socket.write(newEntry[sent++] ?? '');
    }, 100);
    const { text, afterMs } = await connection.closed;
    clearInterval(trickle);
    const response = parseResponse(text);
    expect(response.status).toBe(408);
    expectSecurityHeaders(response.headers, 'the 408');
    expect(afterMs).toBeLessThan(shortLimits.requestTimeoutMs + 1_000);
    expect(await glossaryTerms(server)).toEqual([]);
  });

  it('cuts off a client whose headers never end', async () => {
    const server = await start(shortLimits);
    const connection = await openRaw(server.port, 'GET / HTTP/1.1\r\n');
    const trickle = setInterval(() => {
      if (!connection.socket.destroyed) connection.socket.write('X-Slow: yes\r\n');
    }, 100);
    const { text, afterMs } = await connection.closed;
    clearInterval(trickle);
    expect(parseResponse(text).status).toBe(408);
    expect(afterMs).toBeLessThan(shortLimits.headersTimeoutMs + 1_000);
  });

  it('lets a slow handler finish: the timeout covers receiving the request, not answering it', async () => {
    const limits = { headersTimeoutMs: 300, requestTimeoutMs: 300 };
    const server = await start(limits);
    const started = Date.now();
    const res = await fetch(`http://127.0.0.1:${server.port}/api/articles.importText`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ content: 'Pékin annonce un accord.\n\nLe texte suit.', format: 'text' }),
    });
    expect(res.status).toBe(200);
    // Starting the import worker from source, parsing and a synchronous write take longer than
    // the timeout.
    expect(Date.now() - started).toBeGreaterThan(limits.requestTimeoutMs);
  });

  it('receives the largest legitimate request under the default limits', async () => {
    const server = await start();
    const res = await fetch(`http://127.0.0.1:${server.port}/api/articles.list`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      // JSON allows any amount of white space, and articles.list takes no fields.
      body: `{}${' '.repeat(maxRequestBodyBytes - 2)}`,
    });
    expect(res.status).toBe(200);
  });

  it('closes an idle keep-alive connection after its timeout', async () => {
    const server = await start(shortLimits);
    const connection = await openRaw(server.port, requestHead(server, 'GET / HTTP/1.1'));
    const { text, afterMs } = await connection.closed;
    expect(parseResponse(text).status).toBe(200);
    // Node waits a little past the timeout before closing an idle connection.
    expect(afterMs).toBeLessThan(shortLimits.keepAliveTimeoutMs + 2_500);
  });

  it('refuses connections over the cap and takes new ones once a slot is free', async () => {
    const server = await start({ maxConnections: 3 });
    const held = await Promise.all([1, 2, 3].map(() => openRaw(server.port)));
    // The server counts a connection once it has accepted it; give it that moment.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const refused = await openRaw(server.port, requestHead(server, 'GET / HTTP/1.1'));
    const { text } = await refused.closed;
    expect(text).toBe('');

    held[0]?.socket.destroy();
    await held[0]?.closed;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const answer = await exchange(server.port, requestHead(server, 'GET / HTTP/1.1', ['Connection: close']));
    expect(parseResponse(answer).status).toBe(200);
    for (const connection of held) connection.socket.destroy();
  });

  it('refuses an absolute-form request line with 400 and changes nothing', async () => {
    const server = await start();
    for (const target of [
      `http://127.0.0.1:${server.port}/api/glossary.create`,
      `http://evil.example/api/glossary.create`,
    ]) {
      const answer = await exchange(
        server.port,
        requestHead(server, `POST ${target} HTTP/1.1`, [
          `Authorization: Bearer ${server.token}`,
          'Content-Type: application/json',
          `Content-Length: ${Buffer.byteLength(newEntry)}`,
          'Connection: close',
        ]) + newEntry,
      );
      const response = parseResponse(answer);
      expect(response.status, target).toBe(400);
      expect(JSON.parse(response.body)).toMatchObject({ error: { code: 'invalid_input' } });
    }
    expect(await glossaryTerms(server)).toEqual([]);
  });

  it('refuses a request with two Host headers with 400 and changes nothing', async () => {
    const server = await start();
    for (const second of [`Host: 127.0.0.1:${server.port}`, 'host: evil.example']) {
      const answer = await exchange(
        server.port,
        requestHead(server, 'POST /api/glossary.create HTTP/1.1', [
          second,
          `Authorization: Bearer ${server.token}`,
          'Content-Type: application/json',
          `Content-Length: ${Buffer.byteLength(newEntry)}`,
          'Connection: close',
        ]) + newEntry,
      );
      expect(parseResponse(answer).status, second).toBe(400);
    }
    expect(await glossaryTerms(server)).toEqual([]);
  });

  it('puts the security headers on every kind of response', async () => {
    const server = await start(shortLimits);
    const origin = `http://127.0.0.1:${server.port}`;
    const api = (operation: string, init: RequestInit = {}): Promise<Response> =>
      fetch(`${origin}/api/${operation}`, {
        method: 'POST',
        ...init,
        headers: {
          Authorization: `Bearer ${server.token}`,
          'Content-Type': 'application/json',
          ...init.headers,
        },
      });
    const fetched: Record<string, Response> = {
      'the app page (200)': await fetch(`${origin}/`),
      'an asset (200)': await fetch(`${origin}/assets/app.js`),
      'the favicon (200)': await fetch(`${origin}/favicon.svg`),
      'the help page (200)': await fetch(`${origin}/how-to-open`),
      'a HEAD (200)': await fetch(`${origin}/`, { method: 'HEAD' }),
      'an operation result (200)': await api('articles.list', { body: '{}' }),
      'invalid JSON (400)': await api('articles.list', { body: '{' }),
      'invalid input (400)': await api('articles.get', { body: '{"id":"x"}' }),
      'no token (401)': await fetch(`${origin}/api/articles.list`, { method: 'POST' }),
      'a foreign origin (403)': await api('articles.list', { headers: { Origin: 'http://evil.example' } }),
      'an unknown file (404)': await fetch(`${origin}/missing.js`),
      'an unknown operation (404)': await api('articles.explode', { body: '{}' }),
      'a missing record (404)': await api('articles.get', { body: '{"id":999}' }),
      'a wrong method (405)': await fetch(`${origin}/`, { method: 'PUT' }),
      'not JSON (415)': await api('articles.list', { headers: { 'Content-Type': 'text/plain' }, body: '{}' }),
    };
    for (const [what, res] of Object.entries(fetched)) {
      expect(res.status, what).toBe(Number(/\((\d+)\)/.exec(what)?.[1]));
      expectSecurityHeaders(res.headers, what);
    }

    const closedStore = openStore(join(dir, 'closed.sqlite'));
    closedStore.close();
    const broken = await start(shortLimits, { store: closedStore });
    const notBuilt = await start(shortLimits, { rendererDir: join(dir, 'nowhere') });
    const raw: Record<string, Promise<string>> = {
      'an absolute-form request (400)': exchange(server.port, requestHead(server, `GET ${origin}/ HTTP/1.1`)),
      'two Host headers (400)': exchange(
        server.port,
        requestHead(server, 'GET / HTTP/1.1', [`Host: 127.0.0.1:${server.port}`]),
      ),
      'malformed HTTP (400)': exchange(server.port, 'GET / HTTP/1.1\r\nHost\r\n\r\n'),
      'CONNECT (400)': exchange(
        server.port,
        requestHead(server, `CONNECT 127.0.0.1:${server.port} HTTP/1.1`),
      ),
      'a request that arrives too slowly (408)': exchange(
        server.port,
        requestHead(server, 'POST /api/articles.list HTTP/1.1', [
          `Authorization: Bearer ${server.token}`,
          'Content-Length: 10',
        ]),
      ),
      'a body too large (413)': exchange(
        server.port,
        requestHead(server, 'POST /api/articles.list HTTP/1.1', [
          `Authorization: Bearer ${server.token}`,
          `Content-Length: ${maxRequestBodyBytes + 1}`,
        ]),
      ),
      'an unknown expectation (417)': exchange(
        server.port,
        requestHead(server, 'POST /api/articles.list HTTP/1.1', ['Expect: 200-ok', 'Content-Length: 2']),
      ),
      'another host (421)': exchange(server.port, 'GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n'),
      'headers too large (431)': exchange(
        server.port,
        requestHead(server, 'GET / HTTP/1.1', [`X-Padding: ${'p'.repeat(20_000)}`]),
      ),
      'a failure of ours (500)': exchange(
        broken.port,
        requestHead(broken, 'POST /api/articles.list HTTP/1.1', [
          `Authorization: Bearer ${broken.token}`,
          'Connection: close',
        ]),
      ),
      'the renderer not built (503)': exchange(
        notBuilt.port,
        requestHead(notBuilt, 'GET / HTTP/1.1', ['Connection: close']),
      ),
    };
    for (const [what, answer] of Object.entries(raw)) {
      const response = parseResponse(await answer);
      expect(response.status, what).toBe(Number(/\((\d+)\)/.exec(what)?.[1]));
      expectSecurityHeaders(response.headers, what);
    }
  });
});
