import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../shared/contentSecurityPolicy';
import { coreContext } from '../core/coreContext';
import { openStore, type Store } from '../core/store/openStore';
import { maxExchangeImportBytes } from '../../shared/limits';
import {
  maxExchangeRequestBodyBytes,
  maxRequestBodyBytes,
  startWebServer,
  type WebServer,
} from './startWebServer';

interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/// A request with headers fetch would not let us set (Host, Origin) or a path it would normalise.
function rawRequest(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('startWebServer', () => {
  let dir: string;
  let rendererDir: string;
  let store: Store;
  let server: WebServer;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'passerelle-web-'));
    rendererDir = join(dir, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Passerelle</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
    writeFileSync(join(rendererDir, 'assets', 'app.css'), 'body{}');
    writeFileSync(join(dir, 'package.json'), '{"secret":true}');
    store = openStore(join(dir, 'workspace.sqlite'));
    server = await startWebServer({ ctx: coreContext(store), rendererDir });
  });

  afterEach(async () => {
    await server.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const base = (): string => `http://127.0.0.1:${server.port}`;

  function callApi(operation: string, input?: unknown, token = server.token): Promise<Response> {
    return fetch(`${base()}/api/${operation}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: input === undefined ? undefined : JSON.stringify(input),
    });
  }

  async function glossaryTerms(): Promise<string[]> {
    const res = await callApi('glossary.list', {});
    expect(res.status).toBe(200);
    const entries = (await res.json()) as { frenchTerm: string }[];
    return entries.map((entry) => entry.frenchTerm);
  }

  const newEntry = JSON.stringify({ label: 'organisation', frenchTerm: 'Pékin', englishTerm: 'Beijing' });

  it('listens on 127.0.0.1 with a random token in the URL fragment', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
  });

  it('answers a good request: an empty library, then a created glossary entry', async () => {
    const list = await callApi('articles.list');
    expect(list.status).toBe(200);
    expect(list.headers.get('cache-control')).toBe('no-store');
    expect(list.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await list.json()).toEqual([]);

    const created = await callApi('glossary.create', {
      label: 'place',
      frenchTerm: 'Pékin',
      englishTerm: 'Beijing',
    });
    expect(created.status).toBe(200);
    expect(await created.json()).toMatchObject({
      frenchTerm: 'Pékin',
      englishTerm: 'Beijing',
      label: 'place',
    });
    expect(await glossaryTerms()).toEqual(['Pékin']);
  });

  it('treats an empty body as an empty input', async () => {
    const res = await fetch(`${base()}/api/articles.list`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}` },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual([]);
  });

  it('refuses a request addressed to another host and changes nothing', async () => {
    const res = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/glossary.create',
      headers: {
        Host: `evil.example:${server.port}`,
        Authorization: `Bearer ${server.token}`,
        'Content-Type': 'application/json',
      },
      body: newEntry,
    });
    expect(res.status).toBe(421);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'forbidden' } });
    expect(await glossaryTerms()).toEqual([]);
  });

  it('refuses the right host name on another port', async () => {
    const res = await rawRequest(server.port, {
      path: '/',
      headers: { Host: `127.0.0.1:${server.port + 1}` },
    });
    expect(res.status).toBe(421);
  });

  it('accepts localhost as the host and origin', async () => {
    const res = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/articles.list',
      headers: {
        Host: `localhost:${server.port}`,
        Origin: `http://localhost:${server.port}`,
        Authorization: `Bearer ${server.token}`,
      },
    });
    expect(res.status).toBe(200);
  });

  it('refuses a foreign origin and changes nothing', async () => {
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${server.port + 1}`]) {
      const res = await rawRequest(server.port, {
        method: 'POST',
        path: '/api/glossary.create',
        headers: {
          Host: `127.0.0.1:${server.port}`,
          Origin: origin,
          Authorization: `Bearer ${server.token}`,
          'Content-Type': 'application/json',
        },
        body: newEntry,
      });
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'forbidden' } });
    }
    expect(await glossaryTerms()).toEqual([]);
  });

  it('refuses a missing or wrong token and changes nothing', async () => {
    const missing = await fetch(`${base()}/api/glossary.create`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: newEntry,
    });
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ error: { code: 'forbidden' } });

    for (const token of ['wrong', `${server.token}x`, server.token.slice(1)]) {
      const wrong = await callApi('glossary.create', JSON.parse(newEntry), token);
      expect(wrong.status).toBe(401);
    }
    const notBearer = await fetch(`${base()}/api/glossary.create`, {
      method: 'POST',
      headers: { Authorization: `Basic ${server.token}`, 'Content-Type': 'application/json' },
      body: newEntry,
    });
    expect(notBearer.status).toBe(401);
    expect(await glossaryTerms()).toEqual([]);
  });

  it('answers an unknown operation with a 404 JSON error', async () => {
    const res = await callApi('articles.explode', {});
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'unknown_operation' } });
  });

  it('answers invalid input with a 400 invalid_input error', async () => {
    const res = await callApi('glossary.create', { label: 'planet', frenchTerm: '' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.message).toMatch(/glossary\.create/);
  });

  it('answers a missing record with 404 not_found', async () => {
    const res = await callApi('articles.get', { id: 999 });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('answers invalid JSON with 400 and a non-JSON body with 415', async () => {
    const badJson = await fetch(`${base()}/api/articles.list`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: '{nope',
    });
    expect(badJson.status).toBe(400);
    expect(await badJson.json()).toMatchObject({ error: { code: 'invalid_input' } });

    const form = await fetch(`${base()}/api/glossary.create`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'text/plain' },
      body: newEntry,
    });
    expect(form.status).toBe(415);
    expect(await glossaryTerms()).toEqual([]);
  });

  it('refuses a body over the limit with 413', async () => {
    const res = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/articles.import',
      headers: {
        Host: `127.0.0.1:${server.port}`,
        Authorization: `Bearer ${server.token}`,
        'Content-Type': 'application/json',
        'Content-Length': String(maxRequestBodyBytes + 1),
      },
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'too_large' } });
  });

  it('takes a glossary or dataset file larger than other requests may be, up to the import limit', async () => {
    expect(maxExchangeImportBytes).toBe(64 * 1024 * 1024);
    // A file of white space only: past every other operation's limit, read and refused as empty.
    const res = await callApi('imports.inspect', {
      kind: 'dataset',
      fileName: 'blank.jsonl',
      content: ' '.repeat(maxRequestBodyBytes + 1024),
    });
    expect(JSON.parse(await res.text())).toMatchObject({
      error: { code: 'empty_file', params: { fileName: 'blank.jsonl' } },
    });
    const other = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/articles.importText',
      headers: {
        Host: `127.0.0.1:${server.port}`,
        Authorization: `Bearer ${server.token}`,
        'Content-Type': 'application/json',
        'Content-Length': String(maxRequestBodyBytes + 1024),
      },
    });
    expect(other.status).toBe(413);
  });

  it('refuses an import file over the import limit with 413, saying the limit', async () => {
    for (const operation of ['imports.inspect', 'imports.run']) {
      const res = await rawRequest(server.port, {
        method: 'POST',
        path: `/api/${operation}`,
        headers: {
          Host: `127.0.0.1:${server.port}`,
          Authorization: `Bearer ${server.token}`,
          'Content-Type': 'application/json',
          'Content-Length': String(maxExchangeRequestBodyBytes + 1),
          // The server cuts the upload off after answering: no connection to reuse.
          Connection: 'close',
        },
      });
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body)).toEqual({
        error: {
          code: 'too_large',
          message: 'The file is larger than the 64 MB import limit for glossaries and datasets.',
          params: { detail: 'exchangeLimit', limit: 64 },
        },
      });
    }
  });

  it('stops reading a chunked body once it passes the limit', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/api/articles.import',
          headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      for (let sent = 0; sent <= maxRequestBodyBytes; sent += chunk.length) req.write(chunk);
      req.end();
    });
    expect(status).toBe(413);
  });

  it('imports through the API one outcome per file', async () => {
    const res = await callApi('articles.import', {
      files: [{ name: 'empty.txt', data: '' }],
    });
    expect(res.status).toBe(200);
    const { results } = (await res.json()) as { results: { fileName: string; status: string }[] };
    expect(results).toEqual([expect.objectContaining({ fileName: 'empty.txt', status: 'failed' })]);
  });

  // Chromium sends a POST again on a new connection when the idle keep-alive connection it chose
  // is closed under it, and the server may already have read the first copy: both copies carry
  // the same Idempotency-Key, and the second must get the first one's answer, not run again.
  it('answers a repeated request (same Idempotency-Key) with the first answer, running it once', async () => {
    const send = (key: string, text: string): Promise<Response> =>
      fetch(`${base()}/api/articles.importText`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${server.token}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': key,
        },
        body: JSON.stringify({ content: text, format: 'text' }),
      });
    const text = 'Le préfet a publié le bulletin de crue.\n\nLa Seine monte à Paris.';
    const [first, again] = await Promise.all([send('request-0001', text), send('request-0001', text)]);
    expect([first.status, again.status]).toEqual([200, 200]);
    const firstBody: unknown = await first.json();
    expect(firstBody).toMatchObject({ status: 'imported' });
    expect(await again.json()).toEqual(firstBody);
    expect(await (await send('request-0001', text)).json()).toEqual(firstBody);
    expect(await (await callApi('articles.list', {})).json()).toHaveLength(1);

    // A new key is a new request: the same text is now a duplicate.
    expect(await (await send('request-0002', text)).json()).toMatchObject({ status: 'duplicate' });
    // A key reused for another request is refused, not answered with the wrong result.
    const misused = await send('request-0001', 'Un autre texte.');
    expect(misused.status).toBe(422);
    expect(await misused.json()).toMatchObject({ error: { code: 'invalid_input' } });
    expect(await (await callApi('articles.list', {})).json()).toHaveLength(1);
    const badKey = await send('a key with spaces', text);
    expect(badKey.status).toBe(400);
    expect(await (await callApi('articles.list', {})).json()).toHaveLength(1);
  });

  it('answers OPTIONS with 405 and never sends CORS headers', async () => {
    const preflight = await rawRequest(server.port, {
      method: 'OPTIONS',
      path: '/api/articles.list',
      headers: {
        Host: `127.0.0.1:${server.port}`,
        Origin: `http://127.0.0.1:${server.port}`,
        'Access-Control-Request-Method': 'POST',
      },
    });
    expect(preflight.status).toBe(405);
    const responses = [
      preflight.headers,
      Object.fromEntries((await callApi('articles.list')).headers),
      Object.fromEntries((await callApi('nope')).headers),
      Object.fromEntries((await fetch(`${base()}/`)).headers),
    ];
    for (const headers of responses) {
      expect(Object.keys(headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('answers GET on an API path with 405', async () => {
    const res = await fetch(`${base()}/api/articles.list`, {
      headers: { Authorization: `Bearer ${server.token}` },
    });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });

  it('serves index.html at / with the security headers', async () => {
    const res = await fetch(`${base()}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(await res.text()).toContain('<title>Passerelle</title>');
  });

  it('serves assets with their content type, and HEAD without a body', async () => {
    const js = await fetch(`${base()}/assets/app.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log("app");');
    const css = await fetch(`${base()}/assets/app.css`, { method: 'HEAD' });
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toBe('');
  });

  it('answers an unknown file with 404 and carries the CSP on errors too', async () => {
    const res = await fetch(`${base()}/nothing-here.js`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/assets/..%2f..%2fpackage.json',
      '/..\\package.json',
    ]) {
      const res = await rawRequest(server.port, { path, headers: { Host: `127.0.0.1:${server.port}` } });
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain('secret');
    }
  });

  it('explains how to open web mode, without a token, in the language the browser prefers', async () => {
    const english = await fetch(`${base()}/how-to-open`, {
      headers: { 'Accept-Language': 'en-GB,fr;q=0.5' },
    });
    expect(english.status).toBe(200);
    expect(english.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(english.headers.get('content-language')).toBe('en');
    expect(english.headers.get('vary')).toBe('Accept-Language');
    expect(english.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await english.text()).toContain('Open the address that <code>npm run web</code> printed');

    const french = await fetch(`${base()}/how-to-open`, { headers: { 'Accept-Language': 'fr-CA,en;q=0.8' } });
    expect(french.headers.get('content-language')).toBe('fr');
    expect(await french.text()).toContain('Ouvrez l’adresse que <code>npm run web</code> a affichée');
  });

  it('serves the favicon without a token, like every static file', async () => {
    writeFileSync(join(rendererDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const res = await fetch(`${base()}/favicon.svg`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 503 with a clear page when the renderer is not built', async () => {
    rmSync(rendererDir, { recursive: true, force: true });
    const res = await fetch(`${base()}/`);
    expect(res.status).toBe(503);
    expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await res.text()).toContain('npx electron-vite build');
  });
  it('serves a finished export once, as an attachment with the security headers, for the ticket exports.save gave', async () => {
    expect((await callApi('glossary.create', JSON.parse(newEntry))).status).toBe(200);
    const started = (await (await callApi('exports.start', { kind: 'glossary', format: 'tbx' })).json()) as {
      jobId: string;
    };
    let state = 'running';
    while (state === 'running') {
      const status = (await (await callApi('exports.status', { jobId: started.jobId })).json()) as {
        state: string;
      };
      state = status.state;
    }
    expect(state).toBe('done');
    const delivery = (await (await callApi('exports.save', { jobId: started.jobId })).json()) as {
      delivery: string;
      url: string;
    };
    expect(delivery.delivery).toBe('download');
    expect(delivery.url).toMatch(/^\/export-file\/[A-Za-z0-9_-]+$/);

    const file = await fetch(`${base()}${delivery.url}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/xml');
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="passerelle-glossary.tbx"; filename*=UTF-8''passerelle-glossary.tbx`,
    );
    expect(file.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('cache-control')).toBe('no-store');
    expect(await file.text()).toContain('<term>Pékin</term>');

    const again = await fetch(`${base()}${delivery.url}`);
    expect(again.status).toBe(404);
    expect(again.headers.get('x-frame-options')).toBe('DENY');
  });

  it('refuses an export link with a made-up ticket', async () => {
    const res = await fetch(`${base()}/export-file/${'A'.repeat(32)}`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});
