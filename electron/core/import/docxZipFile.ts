import type { CheckedZipEntry } from './checkZipArchive';

/// The zip file mammoth reads a document's parts from (its `lib/zipfile.js` interface).
export interface MammothZipFile {
  readonly exists: (name: string) => boolean;
  readonly read: (name: string, encoding?: string) => Promise<string | Uint8Array>;
  readonly write: (name: string, contents: string) => void;
  readonly toArrayBuffer: () => Promise<ArrayBuffer>;
}

/// mammoth's zip file over the entries `checkZipArchive` has already inflated with zlib, in place
/// of the JSZip archive it opens itself, which inflated them all again in JavaScript (pako): about
/// a quarter of reading a news article's .docx in process. Read as JSZip reads them: a name is a file's full path,
/// a later entry of the same name replaces an earlier one, folders are no files; `utf-8` and
/// `base64` as mammoth asks for them. Conversion never writes; writing is refused.
export function docxZipFile(entries: readonly CheckedZipEntry[]): MammothZipFile {
  const files = new Map<string, Uint8Array>();
  for (const entry of entries) if (!entry.name.endsWith('/')) files.set(entry.name, entry.data);
  const refuseWriting = (): never => {
    throw new Error('The document being read is not written to.');
  };
  return {
    exists: (name) => files.has(name),
    read: (name, encoding) => {
      const data = files.get(name);
      if (data === undefined) return Promise.reject(new Error(`The document has no part ${name}.`));
      if (encoding === 'base64') return Promise.resolve(Buffer.from(data).toString('base64'));
      if (encoding !== undefined) return Promise.resolve(new TextDecoder(encoding).decode(data));
      return Promise.resolve(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    },
    write: refuseWriting,
    toArrayBuffer: refuseWriting,
  };
}
