import { describe, expect, it } from 'vitest';
import { maxImportBytes } from '../../../shared/limits';
import { PasserelleError } from '../../../shared/errors';
import { checkImportBytes } from './checkImportBytes';

function failure(run: () => void): PasserelleError {
  try {
    run();
  } catch (error) {
    if (error instanceof PasserelleError) return error;
    throw error;
  }
  throw new Error('expected a PasserelleError');
}

describe('checkImportBytes', () => {
  it('rejects a file over the import limit, stating the limit in MB', () => {
    const error = failure(() => checkImportBytes('big.txt', new Uint8Array(maxImportBytes + 1)));
    expect(error.code).toBe('too_large');
    expect(error.message).toBe('big.txt: the file is 20.1 MB, over the 20 MB import limit.');
  });

  it('rejects zero bytes as an empty file', () => {
    const error = failure(() => checkImportBytes('empty.txt', new Uint8Array(0)));
    expect(error.code).toBe('empty_file');
    expect(error.message).toContain('empty.txt');
  });

  it('rejects NUL bytes as binary data unless a UTF-16 byte order mark explains them', () => {
    const error = failure(() =>
      checkImportBytes('photo.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])),
    );
    expect(error.code).toBe('binary_file');
    expect(error.message).toContain('photo.txt');
    expect(() => checkImportBytes('note.txt', Uint8Array.from([0xff, 0xfe, 0x41, 0x00]))).not.toThrow();
    expect(() => checkImportBytes('note.txt', Uint8Array.from([0xfe, 0xff, 0x00, 0x41]))).not.toThrow();
  });

  it('accepts ordinary text bytes', () => {
    expect(() => checkImportBytes('note.txt', new TextEncoder().encode('Bonjour'))).not.toThrow();
  });
});
