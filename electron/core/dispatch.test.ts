import { describe, expect, it } from 'vitest';
import { operationNames } from '../../shared/operationNames';
import { inputSchemas } from '../../shared/contract';
import { dispatchEnvelope } from './dispatch';
import { handlers } from './handlers';
import { testContext } from './testing/testContext';

describe('dispatch', () => {
  it('has an input schema and a handler for every operation', () => {
    expect(Object.keys(inputSchemas).sort()).toEqual([...operationNames].sort());
    expect(Object.keys(handlers).sort()).toEqual([...operationNames].sort());
  });

  it('wraps a result in an envelope', async () => {
    expect(await dispatchEnvelope(testContext(), 'articles.list', {})).toEqual({ ok: true, result: [] });
  });

  it('answers unknown_operation for a name outside the contract', async () => {
    expect(await dispatchEnvelope(testContext(), 'articles.drop', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_operation' },
    });
  });

  it('refuses unexpected fields instead of ignoring them', async () => {
    expect(await dispatchEnvelope(testContext(), 'articles.list', { admin: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});
