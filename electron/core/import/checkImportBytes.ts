import { maxImportBytes } from '../../../shared/limits';
import { PasserelleError } from '../../../shared/errors';
import { detectBom } from './decodeText';

const bytesPerMegabyte = 1024 * 1024;
// Text holds almost no C0 control characters besides tab, line feed, form feed and carriage
// return; a file with more than this share of them is binary whatever its extension says.
const maxControlShare = 0.01;

// Rounded up, so a file just over the limit never reads as being exactly the limit.
function megabytes(byteCount: number): number {
  return Math.ceil((byteCount / bytesPerMegabyte) * 10) / 10;
}

/// Rejects bytes over `maxImportBytes` ('too_large', the limit stated) or zero bytes ('empty_file').
export function checkImportSize(fileName: string, bytes: Uint8Array): void {
  if (bytes.byteLength > maxImportBytes) {
    const size = megabytes(bytes.byteLength);
    const limit = megabytes(maxImportBytes);
    throw new PasserelleError(
      'too_large',
      `${fileName}: the file is ${size} MB, over the ${limit} MB import limit.`,
      { detail: 'file', fileName, size, limit },
    );
  }
  if (bytes.byteLength === 0) {
    throw new PasserelleError('empty_file', `${fileName}: the file is empty.`, { detail: 'empty', fileName });
  }
}

function isBinaryControl(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f;
}

/// Rejects bytes no text reader should see: too large or empty (`checkImportSize`), or binary:
/// NUL bytes without a UTF-16 byte order mark, or more than 1 % control characters
/// ('binary_file').
export function checkImportBytes(fileName: string, bytes: Uint8Array): void {
  checkImportSize(fileName, bytes);
  const bom = detectBom(bytes);
  if (bom === 'utf-16le' || bom === 'utf-16be') return;
  let controls = 0;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index] ?? 0;
    // UTF-16 text is full of NUL bytes; in any other text encoding a NUL means the file is binary.
    if (byte === 0) controls = Infinity;
    else if (isBinaryControl(byte)) controls++;
  }
  if (controls > bytes.byteLength * maxControlShare) {
    throw new PasserelleError(
      'binary_file',
      `${fileName}: the file holds binary data, not text; save it as plain text, HTML, Markdown or Word.`,
      { detail: 'binary', fileName },
    );
  }
}
