// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { PasserelleError } from '../../shared/errors';
import { bridgeInvoke, createApi, findPreloadBridge, httpInvoke } from './api';
import { sessionTokenKey, takeSessionToken } from './sessionToken';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('takeSessionToken', () => {
  it('takes the token from the fragment, keeps it for the session and removes it from the URL', () => {
    window.history.replaceState(null, '', '/#token=abc123');
    const token = takeSessionToken({
      location: window.location,
      history: window.history,
      storage: window.sessionStorage,
    });
    expect(token).toBe('abc123');
    expect(window.sessionStorage.getItem(sessionTokenKey)).toBe('abc123');
    expect(window.location.hash).toBe('');
    expect(window.location.href).not.toContain('abc123');
  });

  it('finds the token again after a reload, from session storage', () => {
    window.sessionStorage.setItem(sessionTokenKey, 'kept');
    window.history.replaceState(null, '', '/#/articles/4');
    expect(
      takeSessionToken({
        location: window.location,
        history: window.history,
        storage: window.sessionStorage,
      }),
    ).toBe('kept');
    expect(window.location.hash).toBe('#/articles/4');
  });
});

describe('httpInvoke', () => {
  it('posts the input as JSON with the bearer token and resolves to the raw result', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => jsonResponse(200, [{ id: 1 }]));
    let keys = 0;
    const api = createApi(httpInvoke('secret', fetchMock, () => `call-000${(keys += 1)}`));
    await expect(api['articles.list']({})).resolves.toEqual([{ id: 1 }]);
    expect(fetchMock).toHaveBeenCalledWith('/api/articles.list', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': 'call-0001',
        Authorization: 'Bearer secret',
      },
      body: '{}',
    });
    await api['articles.list']({});
    expect(fetchMock).toHaveBeenLastCalledWith(
      '/api/articles.list',
      expect.objectContaining({
        headers: expect.objectContaining({ 'Idempotency-Key': 'call-0002' }) as unknown,
      }),
    );
  });

  it('throws the error body of a 4xx answer as an PasserelleError with its code', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () =>
      jsonResponse(404, { error: { code: 'not_found', message: 'There is no article 9.' } }),
    );
    const failure = createApi(httpInvoke('secret', fetchMock))['articles.get']({ id: 9 });
    await expect(failure).rejects.toBeInstanceOf(PasserelleError);
    await expect(failure).rejects.toMatchObject({ code: 'not_found', message: 'There is no article 9.' });
  });

  it('reports a refused token as forbidden even without an error body', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => new Response('nope', { status: 401 }));
    await expect(createApi(httpInvoke(null, fetchMock))['articles.list']({})).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('reports an unreachable server as a network error', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(createApi(httpInvoke('t', fetchMock))['glossary.list']({})).rejects.toMatchObject({
      code: 'network',
    });
  });
});

describe('the preload bridge transport', () => {
  it('is found under window.passerelle and unwraps its envelopes', async () => {
    const bridge = {
      'articles.list': async () => ({ ok: true, result: [{ id: 2 }] }),
      'articles.get': async () => ({ ok: false, error: { code: 'not_found', message: 'gone' } }),
    };
    const found = findPreloadBridge({ passerelle: bridge });
    expect(found).not.toBeNull();
    const api = createApi(bridgeInvoke(found!));
    await expect(api['articles.list']({})).resolves.toEqual([{ id: 2 }]);
    await expect(api['articles.get']({ id: 1 })).rejects.toMatchObject({
      code: 'not_found',
      message: 'gone',
    });
    await expect(api['glossary.list']({})).rejects.toMatchObject({ code: 'unknown_operation' });
  });

  it('is absent in web mode', () => {
    expect(findPreloadBridge({})).toBeNull();
  });
});
