import { inflateRawSync } from 'node:zlib';
import { readZipDirectory } from '../../../import/checkZipArchive';

/// The text of one part of a zip archive (a `.docx`), read through the archive's central
/// directory with the importer's zip reader and inflated; undefined when there is no such part.
export function zipPart(bytes: Uint8Array, name: string): string | undefined {
  const entry = readZipDirectory('export.docx', bytes).find((candidate) => candidate.name === name);
  if (!entry) return undefined;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  const dataStart = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  const data = buffer.subarray(dataStart, dataStart + entry.compressedSize);
  return (entry.method === 0 ? data : inflateRawSync(data)).toString('utf8');
}
