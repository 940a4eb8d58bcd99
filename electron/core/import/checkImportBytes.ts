import { maxImportBytes } from '../../../shared/contract';
import { PasserelleError } from '../../../shared/errors';
import { detectBom } from './decodeText';

const bytesPerMegabyte = 1024 * 1024;

// Rounded up, so a file just over the limit never reads as being exactly the limit.
function megabytes(byteCount: number): string {
  return String(Math.ceil((byteCount / bytesPerMegabyte) * 10) / 10);
}

/// Rejects bytes no text reader should see: over `maxImportBytes` ('too_large'), zero bytes
/// ('empty_file'), or NUL bytes without a UTF-16 byte order mark ('binary_file').
export function checkImportBytes(fileName: string, bytes: Uint8Array): void {
  if (bytes.byteLength > maxImportBytes) {
    throw new PasserelleError(
      'too_large',
      `${fileName}: the file is ${megabytes(bytes.byteLength)} MB, over the ${megabytes(maxImportBytes)} MB import limit.`,
    );
  }
  if (bytes.byteLength === 0) throw new PasserelleError('empty_file', `${fileName}: the file is empty.`);
  const bom = detectBom(bytes);
  // UTF-16 text is full of NUL bytes; in any other text encoding a NUL means the file is binary.
  if (bom !== 'utf-16le' && bom !== 'utf-16be' && bytes.includes(0)) {
    throw new PasserelleError(
      'binary_file',
      `${fileName}: the file holds binary data (NUL bytes), not text; save it as plain text or HTML.`,
    );
  }
}
