import { describe, expect, it } from 'vitest';
import { maxImportBytes } from '../../shared/contract';
import { maxImportFileBytes } from './maxImportFileBytes';

describe('maxImportFileBytes', () => {
  it('is the limit the contract enforces', () => {
    expect(maxImportFileBytes).toBe(maxImportBytes);
  });
});
