import { describe, expect, it } from 'vitest';
import { collectDroppedFiles } from './collectDroppedFiles';

interface FakeFile {
  readonly name: string;
  readonly isFile: true;
  readonly isDirectory: false;
  file(resolve: (file: File) => void): void;
}

interface FakeDirectory {
  readonly name: string;
  readonly isFile: false;
  readonly isDirectory: true;
  createReader(): { readEntries(resolve: (entries: FakeEntry[]) => void): void };
}

type FakeEntry = FakeFile | FakeDirectory;

function fakeFile(name: string): FakeFile {
  return { name, isFile: true, isDirectory: false, file: (resolve) => resolve(new File(['x'], name)) };
}

// Answers its children two at a time, then an empty chunk, as Chromium answers in chunks.
function fakeDirectory(name: string, children: FakeEntry[]): FakeDirectory {
  return {
    name,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let next = 0;
      return {
        readEntries: (resolve) => {
          resolve(children.slice(next, next + 2));
          next += 2;
        },
      };
    },
  };
}

function fakeTransfer(entries: FakeEntry[]): DataTransfer {
  const items = entries.map((entry) => ({
    kind: 'file',
    webkitGetAsEntry: () => entry,
    getAsFile: () => (entry.isFile ? new File(['x'], entry.name) : null),
  }));
  // Only the members collectDroppedFiles reads are faked.
  return { items, files: [] } as unknown as DataTransfer;
}

describe('collectDroppedFiles', () => {
  it('keeps dropped files of any type and walks dropped folders for article files only', async () => {
    const folder = fakeDirectory('dossier', [
      fakeFile('b.html'),
      fakeFile('.DS_Store'),
      fakeFile('photo.jpg'),
      fakeDirectory('sous-dossier', [fakeFile('c.docx'), fakeFile('d.md')]),
      fakeFile('a.txt'),
    ]);
    const files = await collectDroppedFiles(fakeTransfer([fakeFile('notes.pdf'), folder]));
    expect(files.map((file) => file.name)).toEqual(['notes.pdf', 'a.txt', 'b.html', 'c.docx', 'd.md']);
  });

  it('picks every extension the importer reads out of a dropped folder, .xhtml and .markdown too', async () => {
    const folder = fakeDirectory('dossier', [
      fakeFile('a.xhtml'),
      fakeFile('b.markdown'),
      fakeFile('c.text'),
      fakeFile('d.HTM'),
    ]);
    const files = await collectDroppedFiles(fakeTransfer([folder]));
    expect(files.map((file) => file.name)).toEqual(['a.xhtml', 'b.markdown', 'c.text', 'd.HTM']);
  });
});
