import { describe, expect, it, vi } from 'vitest';
import { webModeHelpPath } from '../../shared/webModeHelpPath';
import { fetchOrOpenWebModeHelp } from './webModeHelp';

describe('fetchOrOpenWebModeHelp', () => {
  it('passes every answer but a refused token through unchanged', async () => {
    const replace = vi.fn<(url: string) => void>();
    const forbidden = new Response('{}', { status: 403 });
    const fetchImpl = fetchOrOpenWebModeHelp({ replace }, async () => forbidden);
    await expect(fetchImpl('/api/articles.list', { method: 'POST' })).resolves.toBe(forbidden);
    expect(replace).not.toHaveBeenCalled();
  });

  it('sends the tab to the help page when the server refuses its token, without settling', async () => {
    const replace = vi.fn<(url: string) => void>();
    const fetchImpl = fetchOrOpenWebModeHelp({ replace }, async () => new Response('{}', { status: 401 }));
    const outcome = await Promise.race([
      fetchImpl('/api/articles.list', { method: 'POST' }).then(() => 'settled'),
      new Promise((resolve) => setTimeout(() => resolve('pending'), 50)),
    ]);
    expect(outcome).toBe('pending');
    expect(replace).toHaveBeenCalledWith(webModeHelpPath);
  });
});
