/// Every operation of the contract, by name (`area.verb`). Kept free of zod so the sandboxed
/// preload can import it cheaply.
export const operationNames = [
  'articles.import',
  'articles.list',
  'articles.get',
  'annotations.list',
  'annotations.create',
  'annotations.delete',
  'glossary.list',
  'glossary.create',
  'glossary.update',
  'glossary.export',
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
