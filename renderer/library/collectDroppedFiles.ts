import { isImportableFileName } from '../../shared/importFormats';

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

// readEntries answers in chunks (100 at a time in Chromium) and an empty chunk at the end.
async function childrenOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const children: FileSystemEntry[] = [];
  for (;;) {
    const chunk = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (chunk.length === 0) break;
    children.push(...chunk);
  }
  return children.sort((a, b) => a.name.localeCompare(b.name));
}

async function filesInDirectory(directory: FileSystemDirectoryEntry, into: File[]): Promise<void> {
  for (const child of await childrenOf(directory)) {
    // Hidden files (.DS_Store, editor backups) and other file types are not articles.
    if (child.name.startsWith('.')) continue;
    if (isDirectory(child)) await filesInDirectory(child, into);
    else if (isFile(child) && isImportableFileName(child.name)) into.push(await fileOf(child));
  }
}

/// The files of a drop: files dropped themselves (whatever their type, so the import can say
/// why it refuses one) and, walking dropped folders, every article file inside them.
export async function collectDroppedFiles(transfer: DataTransfer): Promise<File[]> {
  // Entries and files must be taken before the first await: the browser empties the
  // DataTransfer once the drop event's handler returns.
  const dropped = [...transfer.items]
    .filter((item) => item.kind === 'file')
    .map((item) => ({ entry: item.webkitGetAsEntry(), file: item.getAsFile() }));
  if (dropped.length === 0) return [...transfer.files];
  const files: File[] = [];
  for (const { entry, file } of dropped) {
    if (entry && isDirectory(entry)) await filesInDirectory(entry, files);
    else if (file) files.push(file);
  }
  return files;
}
