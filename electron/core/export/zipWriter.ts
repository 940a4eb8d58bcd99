import { writeSync } from 'node:fs';

// The CRC-32 (IEEE 802.3) table ZIP's checksums use, built once.
const crcTable = Uint32Array.from({ length: 256 }, (_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value >>> 0;
});

/// The CRC-32 of `bytes`, as ZIP stores it.
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

// Bit 11 of the general-purpose flags: the name is UTF-8.
const utf8NameFlag = 0x0800;
// A plain ZIP (no ZIP64) cannot place an entry, or hold one, past 4 GiB.
const maxZipOffset = 0xffffffff;

interface CentralEntry {
  readonly name: Buffer;
  readonly crc: number;
  readonly size: number;
  readonly offset: number;
}

/// A ZIP archive written to an open file descriptor one file at a time, stored (not compressed),
/// each file's bytes written as soon as it is added: only the central directory's few bytes per
/// file are kept until `finish`.
export interface ZipWriter {
  addFile(name: string, content: string | Uint8Array): void;
  /// Writes the central directory; the archive is complete after it.
  finish(): void;
}

function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.max(1980, date.getFullYear());
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/// A `ZipWriter` onto `descriptor`, every entry dated `modified`.
export function zipWriter(descriptor: number, modified: Date): ZipWriter {
  const stamp = dosDateTime(modified);
  const entries: CentralEntry[] = [];
  let offset = 0;
  const write = (bytes: Uint8Array): void => {
    writeSync(descriptor, bytes);
    offset += bytes.length;
  };

  return {
    addFile(name, content) {
      const nameBytes = Buffer.from(name, 'utf8');
      const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      if (offset + 30 + nameBytes.length + data.length > maxZipOffset) {
        throw new Error('The archive would be larger than 4 GiB, which a plain ZIP cannot hold.');
      }
      const crc = crc32(data);
      const header = Buffer.alloc(30);
      header.writeUInt32LE(0x04034b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(utf8NameFlag, 6);
      header.writeUInt16LE(0, 8);
      header.writeUInt16LE(stamp.time, 10);
      header.writeUInt16LE(stamp.date, 12);
      header.writeUInt32LE(crc, 14);
      header.writeUInt32LE(data.length, 18);
      header.writeUInt32LE(data.length, 22);
      header.writeUInt16LE(nameBytes.length, 26);
      header.writeUInt16LE(0, 28);
      entries.push({ name: nameBytes, crc, size: data.length, offset });
      write(header);
      write(nameBytes);
      write(data);
    },
    finish() {
      const start = offset;
      for (const entry of entries) {
        const header = Buffer.alloc(46);
        header.writeUInt32LE(0x02014b50, 0);
        header.writeUInt16LE(20, 4);
        header.writeUInt16LE(20, 6);
        header.writeUInt16LE(utf8NameFlag, 8);
        header.writeUInt16LE(0, 10);
        header.writeUInt16LE(stamp.time, 12);
        header.writeUInt16LE(stamp.date, 14);
        header.writeUInt32LE(entry.crc, 16);
        header.writeUInt32LE(entry.size, 20);
        header.writeUInt32LE(entry.size, 24);
        header.writeUInt16LE(entry.name.length, 28);
        header.writeUInt32LE(entry.offset, 42);
        write(header);
        write(entry.name);
      }
      if (entries.length > 0xffff) throw new Error('A plain ZIP cannot hold more than 65,535 files.');
      const end = Buffer.alloc(22);
      end.writeUInt32LE(0x06054b50, 0);
      end.writeUInt16LE(entries.length, 8);
      end.writeUInt16LE(entries.length, 10);
      end.writeUInt32LE(offset - start, 12);
      end.writeUInt32LE(start, 16);
      write(end);
    },
  };
}
