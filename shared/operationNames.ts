/// Every operation of the contract, by name (`area.verb`). Kept free of zod so the sandboxed
/// preload can import it cheaply.
export const operationNames = [
  'articles.import',
  'articles.importUrl',
  'articles.importText',
  'articles.list',
  'articles.get',
  'articles.update',
  'articles.delete',
  'annotations.list',
  'annotations.create',
  'annotations.createAll',
  'annotations.update',
  'annotations.delete',
  'claims.create',
  'claims.get',
  'claims.update',
  'claims.list',
  'translation.segment',
  'segments.list',
  'segments.update',
  'segments.merge',
  'segments.split',
  'translation.progress',
  'translation.drift',
  'translation.fixDrift',
  'translation.export',
  'translation.import',
  'labels.list',
  'labels.create',
  'labels.update',
  'labels.reorder',
  'labels.delete',
  'glossary.list',
  'glossary.get',
  'glossary.create',
  'glossary.update',
  'glossary.delete',
  'glossary.merge',
  'glossary.split',
  'glossary.mentions',
  'glossary.candidates',
  'glossary.export',
  'exports.preview',
  'exports.start',
  'exports.status',
  'exports.cancel',
  'exports.save',
  'suggestions.list',
  'suggestions.accept',
  'suggestions.acceptAll',
  'suggestions.reject',
  'suggestions.rejectAll',
  'history.state',
  'history.undo',
  'history.redo',
  'workspace.info',
  'workspace.setAuthor',
  'workspace.setPublisher',
  'backups.list',
  'backups.create',
  'backups.restore',
  'imports.inspect',
  'imports.run',
] as const;

/// One of `operationNames`.
export type OperationName = (typeof operationNames)[number];

/// The keys of a table that name no operation.
export type KeysNamingNoOperation<T> = Exclude<keyof T, OperationName>;

/// Nothing when every key of `T` names an operation, else a property listing the keys that do not
/// (so the compiler's error names them).
type NoStrayKeys<T> = [KeysNamingNoOperation<T>] extends [never]
  ? unknown
  : { readonly keysNamingNoOperation: KeysNamingNoOperation<T> };

/// What a table with one entry per operation extends: a key for every operation and no other key.
export type KeyedByOperation<T> = { readonly [K in OperationName]: unknown } & NoStrayKeys<T>;

/// `T`, checked where it is declared to hold exactly one entry per operation: a missing operation
/// or a key naming none is a compile error.
export type ByOperation<T extends KeyedByOperation<T>> = T;

/// Whether a string names a contract operation.
export function isOperationName(name: string): name is OperationName {
  return (operationNames as readonly string[]).includes(name);
}

/// The IPC channel an operation travels on in the desktop app.
export function ipcChannel(name: OperationName): string {
  return `passerelle:${name}`;
}
