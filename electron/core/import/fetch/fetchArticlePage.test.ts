import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PasserelleError } from '../../../../shared/errors';
import { fetchArticlePage, maxRedirects } from './fetchArticlePage';

const page =
  '<html><head><title>Rouen</title></head><body><article><p>Le budget de Rouen.</p></article></body></html>';
let server: Server;
let origin: string;
// Requests waiting on /hang, released when the suite ends so nothing outlives it.
const hanging: (() => void)[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const redirects = Number(url.searchParams.get('n') ?? '0');
    switch (url.pathname) {
      case '/page':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
        return;
      case '/latin':
        res
          .writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' })
          .end(iconv.encode('<p>Œuvre à 52 €</p>', 'windows-1252'));
        return;
      case '/gzip':
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(page));
        return;
      case '/bomb':
        res
          .writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' })
          .end(gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x20)));
        return;
      case '/big':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(Buffer.alloc(3 * 1024 * 1024, 0x61));
        return;
      case '/redirect':
        res.writeHead(302, { location: redirects > 0 ? `/redirect?n=${redirects - 1}` : '/page' }).end();
        return;
      case '/to-private':
        res.writeHead(301, { location: 'http://10.0.0.1/admin' }).end();
        return;
      case '/to-file':
        res.writeHead(301, { location: 'file:///etc/passwd' }).end();
        return;
      case '/pdf':
        res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
        return;
      case '/hang':
        hanging.push(() => res.end());
        return;
      default:
        res.writeHead(404, 'Not Found').end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const release of hanging) release();
  await new Promise((resolve) => server.close(resolve));
});

const test = { allowLoopbackForTests: true } as const;

async function refusal(run: () => Promise<unknown>): Promise<PasserelleError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof PasserelleError) return error;
    throw error;
  }
  throw new Error('expected a PasserelleError');
}

describe('fetchArticlePage', () => {
  it('refuses the local server without the test policy, by IP literal and by host name', async () => {
    expect((await refusal(() => fetchArticlePage(`${origin}/page`))).code).toBe('blocked_address');
    const port = new URL(origin).port;
    const byName = await refusal(() => fetchArticlePage(`http://localhost:${port}/page`));
    expect(byName.code).toBe('blocked_address');
    expect(byName.message).toContain('loopback');
  });

  it('fetches a page with its bytes, final URL and declared charset', async () => {
    const fetched = await fetchArticlePage(`${origin}/page#x`, test);
    expect(fetched).toMatchObject({ url: `${origin}/page`, charset: 'utf-8' });
    expect(new TextDecoder().decode(fetched.bytes)).toBe(page);
    expect((await fetchArticlePage(`${origin}/latin`, test)).charset).toBe('windows-1252');
    expect(new TextDecoder().decode((await fetchArticlePage(`${origin}/gzip`, test)).bytes)).toBe(page);
  });

  it(`follows up to ${maxRedirects} redirects and reports the final URL`, async () => {
    expect((await fetchArticlePage(`${origin}/redirect?n=${maxRedirects - 1}`, test)).url).toBe(
      `${origin}/page`,
    );
    const error = await refusal(() => fetchArticlePage(`${origin}/redirect?n=${maxRedirects}`, test));
    expect(error).toMatchObject({ code: 'fetch_failed' });
    expect(error.message).toContain(`more than ${maxRedirects} redirects`);
  });

  it('checks every redirect target again', async () => {
    expect((await refusal(() => fetchArticlePage(`${origin}/to-private`, test))).code).toBe(
      'blocked_address',
    );
    expect((await refusal(() => fetchArticlePage(`${origin}/to-file`, test))).code).toBe('invalid_input');
  });

  it('stops reading at the size limit, also after decompression', async () => {
    const maxBytes = 1024 * 1024;
    expect((await refusal(() => fetchArticlePage(`${origin}/big`, { ...test, maxBytes }))).code).toBe(
      'too_large',
    );
    const bomb = await refusal(() => fetchArticlePage(`${origin}/bomb`, { ...test, maxBytes }));
    expect(bomb.code).toBe('too_large');
    expect(bomb.message).toContain('1 MB');
  });

  it('gives up after its time limit', async () => {
    const error = await refusal(() => fetchArticlePage(`${origin}/hang`, { ...test, timeoutMs: 200 }));
    expect(error.code).toBe('fetch_failed');
    expect(error.message).toContain('within 0.2 s');
  });

  it('reports HTTP errors and pages that are not HTML', async () => {
    const missing = await refusal(() => fetchArticlePage(`${origin}/nothing`, test));
    expect(missing.message).toContain('HTTP 404');
    expect((await refusal(() => fetchArticlePage(`${origin}/pdf`, test))).code).toBe('unsupported_format');
  });
});
