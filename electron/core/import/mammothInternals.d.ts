// The parts of mammoth 1.13.0 that `convertDocxToHtml` (its own `convert`, unbundled) and
// `mammothXmlReader` call, typed as far as they use them. mammoth ships types for its public API
// only.

declare module 'mammoth/lib/results.js' {
  export interface MammothResult<Value> {
    readonly value: Value;
    readonly messages: readonly { readonly type: string; readonly message: string }[];
    map<Next>(transform: (value: Value) => Next): MammothResult<Next>;
    flatMapThen<Next>(
      transform: (value: Value) => Promise<MammothResult<Next>>,
    ): Promise<MammothResult<Next>>;
  }
  export const Result: {
    combine<Value>(results: readonly MammothResult<Value>[]): MammothResult<Value[]>;
  };
}

declare module 'mammoth/lib/options-reader.js' {
  export interface MammothOptions {
    embeddedStyleMap?: unknown;
    readonly transformDocument: (document: unknown) => unknown;
    readonly readStyleMap: () => string[];
  }
  export function readOptions(options: object): MammothOptions;
}

declare module 'mammoth/lib/unzip.js' {
  export function openZip(input: { readonly buffer: Buffer } | { readonly file: unknown }): Promise<unknown>;
}

declare module 'mammoth/lib/docx/style-map.js' {
  export function readStyleMap(docxFile: unknown): Promise<unknown>;
}

declare module 'mammoth/lib/docx/docx-reader.js' {
  import type { MammothResult } from 'mammoth/lib/results.js';
  export function read(
    docxFile: unknown,
    input: { readonly buffer: Buffer } | { readonly file: unknown },
    options: object,
  ): Promise<MammothResult<unknown>>;
}

declare module 'mammoth/lib/style-reader.js' {
  import type { MammothResult } from 'mammoth/lib/results.js';
  export function readStyle(line: string): MammothResult<unknown>;
}

declare module 'mammoth/lib/document-to-html.js' {
  import type { MammothResult } from 'mammoth/lib/results.js';
  export class DocumentConverter {
    constructor(options: object);
    convertToHtml(document: unknown): Promise<MammothResult<string>>;
  }
}

declare module 'mammoth/lib/xml/index.js' {
  /// An XML element as mammoth holds it: its name (`w:p`, `{uri}local`), attributes and children.
  export class Element {
    constructor(
      name: string,
      attributes: Record<string, string>,
      children: (Element | { readonly type: 'text'; readonly value: string })[],
    );
    readonly type: 'element';
    readonly name: string;
    readonly attributes: Record<string, string>;
    readonly children: (Element | { readonly type: 'text'; readonly value: string })[];
  }
  export function text(value: string): { readonly type: 'text'; readonly value: string };
  export function readString(xml: string, namespaceMap?: Readonly<Record<string, string>>): Promise<Element>;
  const xml: {
    Element: typeof Element;
    text: typeof text;
    readString: typeof readString;
  };
  export default xml;
}

declare module 'mammoth/lib/xml/reader.js' {
  import type { Element } from 'mammoth/lib/xml/index.js';
  export function readString(xml: string, namespaceMap?: Readonly<Record<string, string>>): Promise<Element>;
}
