/// A node of the small DOM that ProseMirror's `DOMParser` reads in place of a jsdom page: text
/// and elements linked to their parent and siblings, nothing else.
export type SchemaParserNode = SchemaParserText | SchemaParserElement;

const htmlNamespace = 'http://www.w3.org/1999/xhtml';
// "p", "h1", "a[href]": the only selector shapes the article schema's parse rules use.
const simpleSelector = /^([a-z][a-z0-9]*)(?:\[([a-z-]+)\])?$/;

// What ProseMirror asks of a document: a text node for each <br> it reads inside a text block.
const ownerDocument = { createTextNode: (text: string): SchemaParserText => new SchemaParserText(text) };

/// A text node of the schema parser's DOM.
export class SchemaParserText {
  readonly nodeType = 3;
  readonly nodeName = '#text';
  parentNode: SchemaParserElement | null = null;
  previousSibling: SchemaParserNode | null = null;
  nextSibling: SchemaParserNode | null = null;

  constructor(readonly nodeValue: string) {}
}

/// An HTML element of the schema parser's DOM: a lower-case tag name, at most the attributes the
/// sanitiser kept, and the child links ProseMirror's parser walks (and `appendChild`, with which
/// it moves a list nested straight inside a list into the item before it).
export class SchemaParserElement {
  readonly nodeType = 1;
  readonly namespaceURI = htmlNamespace;
  readonly ownerDocument = ownerDocument;
  readonly nodeName: string;
  parentNode: SchemaParserElement | null = null;
  previousSibling: SchemaParserNode | null = null;
  nextSibling: SchemaParserNode | null = null;
  firstChild: SchemaParserNode | null = null;
  lastChild: SchemaParserNode | null = null;

  constructor(
    readonly localName: string,
    private readonly attributes: ReadonlyMap<string, string> = new Map(),
  ) {
    this.nodeName = localName.toUpperCase();
  }

  get tagName(): string {
    return this.nodeName;
  }

  get childNodes(): SchemaParserNode[] {
    const children: SchemaParserNode[] = [];
    for (let child = this.firstChild; child !== null; child = child.nextSibling) children.push(child);
    return children;
  }

  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }

  hasAttribute(name: string): boolean {
    return this.attributes.has(name);
  }

  /// Matches the selector shapes of the article schema's parse rules; any other shape is a
  /// programming error, refused loudly rather than matched wrongly.
  matches(selector: string): boolean {
    const match = simpleSelector.exec(selector);
    if (match === null) throw new TypeError(`Unsupported selector in a parse rule: ${selector}`);
    const [, tag, attribute] = match;
    return tag === this.localName && (attribute === undefined || this.attributes.has(attribute));
  }

  appendChild<Child extends SchemaParserNode>(child: Child): Child {
    const from = child.parentNode;
    if (from !== null) {
      if (child.previousSibling === null) from.firstChild = child.nextSibling;
      else child.previousSibling.nextSibling = child.nextSibling;
      if (child.nextSibling === null) from.lastChild = child.previousSibling;
      else child.nextSibling.previousSibling = child.previousSibling;
    }
    child.parentNode = this;
    child.previousSibling = this.lastChild;
    child.nextSibling = null;
    if (this.lastChild === null) this.firstChild = child;
    else this.lastChild.nextSibling = child;
    this.lastChild = child;
    return child;
  }
}
