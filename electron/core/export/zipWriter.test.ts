import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { crc32, zipWriter } from './zipWriter';

const folders: string[] = [];

function writeZip(files: readonly [string, string][]): string {
  const folder = mkdtempSync(join(tmpdir(), 'passerelle-zip-'));
  folders.push(folder);
  const path = join(folder, 'test.zip');
  const descriptor = openSync(path, 'w');
  const zip = zipWriter(descriptor, new Date(2026, 11, 2, 14, 30, 10));
  for (const [name, content] of files) zip.addFile(name, content);
  zip.finish();
  closeSync(descriptor);
  return path;
}

// Reads the archive back through its central directory, as an unzipping tool does.
function readZip(path: string): Map<string, string> {
  const bytes = readFileSync(path);
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let index = 0; index < count; index += 1) {
    expect(bytes.readUInt32LE(at)).toBe(0x02014b50);
    const crc = bytes.readUInt32LE(at + 16);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    expect(bytes.readUInt32LE(local)).toBe(0x04034b50);
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(dataStart, dataStart + size);
    expect(crc32(data)).toBe(crc);
    files.set(name, data.toString('utf8'));
    at += 46 + nameLength;
  }
  return files;
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('zipWriter', () => {
  it('computes the standard CRC-32 check value', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('writes an archive whose central directory gives back every file with its UTF-8 name', () => {
    const files: [string, string][] = [
      ['article-1.txt', 'Emmanuel Macron a rencontré Xi Jinping à Pékin.'],
      ['article-1.ann', 'T1\tPER 0 15\tEmmanuel Macron\n'],
      ['Pékin/« notes ».txt', 'Les élèves ont rencontré l’équipe 🎉'],
      ['empty.txt', ''],
    ];
    expect(readZip(writeZip(files))).toEqual(new Map(files));
  });

  // Python is there wherever the tests run (CI installs it for the spaCy test).
  it('is read by Python’s zipfile, CRCs checked', () => {
    const path = writeZip([
      ['annotation.conf', '[entities]\nPER\n'],
      ['Pékin.txt', 'à Pékin'],
    ]);
    const listing = execFileSync(
      'python3',
      [
        '-c',
        'import sys, zipfile, json\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(json.dumps({n: z.read(n).decode("utf-8") for n in z.namelist()}))',
        path,
      ],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(listing)).toEqual({ 'annotation.conf': '[entities]\nPER\n', 'Pékin.txt': 'à Pékin' });
  });
});
