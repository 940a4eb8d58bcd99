import { inflateRawSync } from 'node:zlib';
import { PasserelleError } from '../../../shared/errors';

/// Most entries a .docx may hold; Word writes a dozen or so, plus one per image.
export const maxZipEntries = 1000;
/// Most bytes a .docx may expand to, all entries together.
export const maxZipUncompressedBytes = 100 * 1024 * 1024;
/// Highest expansion ratio accepted for an entry of more than a megabyte (XML compresses about
/// 10:1; a zip bomb thousands to one).
export const maxZipEntryRatio = 200;

/// One file inside a zip archive, as its central directory describes it.
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/// An entry of an archive `checkZipArchive` has checked, with its contents: inflated, or as stored.
export interface CheckedZipEntry extends ZipEntry {
  readonly data: Uint8Array;
}

const endOfCentralDirectory = 0x06054b50;
const centralDirectoryHeader = 0x02014b50;
const localFileHeader = 0x04034b50;
const megabyte = 1024 * 1024;

function corrupt(fileName: string, why: string): PasserelleError {
  return new PasserelleError(
    'parse_failed',
    `${fileName}: the Word document is truncated or corrupt (${why}); open it in Word and save it again.`,
  );
}

/// Reads a zip archive's central directory without inflating anything: every entry's name,
/// method and sizes. Throws 'parse_failed' for a truncated or corrupt archive.
export function readZipDirectory(fileName: string, bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === endOfCentralDirectory) {
      end = at;
      break;
    }
  }
  if (end === -1) throw corrupt(fileName, 'no zip directory at its end');
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw new PasserelleError('too_large', `${fileName}: ZIP64 Word documents are not supported.`);
  }
  if (count > maxZipEntries) {
    throw new PasserelleError(
      'too_large',
      `${fileName}: the document holds ${count} files inside (at most ${maxZipEntries}); it looks like a zip bomb.`,
    );
  }
  if (directoryOffset + directorySize > end) throw corrupt(fileName, 'its directory points past the end');
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || view.getUint32(at, true) !== centralDirectoryHeader) {
      throw corrupt(fileName, 'a broken directory entry');
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/// Refuses a zip archive before anything reads its parts: too many entries, too many bytes once
/// expanded, an entry expanding suspiciously far, or an entry whose data does not inflate to
/// exactly the size the directory announces (checked with zlib's `maxOutputLength`, so a lying
/// directory cannot make it allocate more than it announced). The entries come back with their
/// contents, so that nothing inflates them a second time (`docxZipFile`).
export function checkZipArchive(fileName: string, bytes: Uint8Array): CheckedZipEntry[] {
  const entries = readZipDirectory(fileName, bytes);
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > maxZipUncompressedBytes) {
    throw new PasserelleError(
      'too_large',
      `${fileName}: the document would expand to ${Math.ceil(total / megabyte)} MB (at most ${maxZipUncompressedBytes / megabyte} MB); it looks like a zip bomb.`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const checked: CheckedZipEntry[] = [];
  for (const entry of entries) {
    if (
      entry.uncompressedSize > megabyte &&
      entry.uncompressedSize > entry.compressedSize * maxZipEntryRatio
    ) {
      throw new PasserelleError(
        'too_large',
        `${fileName}: ${entry.name} would expand ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))} times; it looks like a zip bomb.`,
      );
    }
    const header = entry.localHeaderOffset;
    if (header + 30 > bytes.length || view.getUint32(header, true) !== localFileHeader) {
      throw corrupt(fileName, `${entry.name} is missing`);
    }
    const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
    if (start + entry.compressedSize > bytes.length) throw corrupt(fileName, `${entry.name} is cut short`);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize)
        throw corrupt(fileName, `${entry.name} has a wrong size`);
      checked.push({ ...entry, data });
      continue;
    }
    if (entry.method !== 8) throw corrupt(fileName, `${entry.name} uses an unknown compression method`);
    let inflated: Buffer;
    try {
      inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch {
      throw corrupt(fileName, `${entry.name} does not inflate to the size its directory announces`);
    }
    if (inflated.length !== entry.uncompressedSize) {
      throw corrupt(fileName, `${entry.name} does not inflate to the size its directory announces`);
    }
    checked.push({ ...entry, data: inflated });
  }
  return checked;
}
