import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { PasserelleError } from '../../shared/errors';

/// A file's UTF-8 text for the commands that read one whole (glossaries, datasets): refused before
/// reading when over `maxBytes` (`limitName` says which limit), and when it is not UTF-8.
export function readUtf8File(path: string, maxBytes: number, limitName: string): string {
  const size = statSync(path).size;
  if (size > maxBytes) {
    throw new PasserelleError(
      'too_large',
      `${basename(path)} is ${Math.ceil(size / 1024 / 1024)} MB, over the ${maxBytes / 1024 / 1024} MB ${limitName} limit.`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch {
    throw new PasserelleError('invalid_input', `${basename(path)} is not UTF-8 text.`);
  }
}
