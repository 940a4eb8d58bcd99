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
  'suggestions.list',
  'suggestions.accept',
  'suggestions.acceptAll',
  'suggestions.reject',
  'suggestions.rejectAll',
  'history.state',
  'history.undo',
  'history.redo',
] as const;

/// One of `operationNames`.
export type OperationName = (typeof operationNames)[number];

/// Whether a string names a contract operation.
export function isOperationName(name: string): name is OperationName {
  return (operationNames as readonly string[]).includes(name);
}

/// The IPC channel an operation travels on in the desktop app.
export function ipcChannel(name: OperationName): string {
  return `passerelle:${name}`;
}
