import { describe, expect, it } from 'vitest';
import { testContext } from '../testing/testContext';
import { importPaths } from './importPaths';

describe('importPaths', () => {
  it('refuses a web address the contract would refuse, before fetching anything', async () => {
    const url = `https://example.org/${'a'.repeat(2100)}`;
    const [outcome] = await importPaths(testContext(), [url]);
    expect(outcome).toMatchObject({ fileName: url, status: 'failed', error: { code: 'invalid_input' } });
  });

  it('names a missing file by the path given', async () => {
    const [outcome] = await importPaths(testContext(), ['/nonexistent/article.txt']);
    expect(outcome).toMatchObject({
      fileName: '/nonexistent/article.txt',
      status: 'failed',
      error: { code: 'not_found' },
    });
  });
});
