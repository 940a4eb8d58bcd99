import mammothXml, { type Element } from 'mammoth/lib/xml/index.js';

// mammoth reads every XML part of a .docx with xmldom and then copies xmldom's tree into its own
// elements (`mammoth/lib/xml/reader.js`): a third of reading a news article's .docx. Word writes
// plain, well-formed XML, which this reads straight into mammoth's elements; anything else (a
// DOCTYPE, CDATA, an entity XML does not predefine, a prefix not declared, a carriage return, a
// tab or line break inside an attribute value, anything malformed) is left to xmldom, which reads
// it (or refuses it) as before. `mammothXmlReader.test.ts` holds the two to the same elements.

type NamespaceMap = Readonly<Record<string, string>>;
type MammothNode = Element | { readonly type: 'text'; readonly value: string };

const xmlNamespace = 'http://www.w3.org/XML/1998/namespace';
const xmlnsNamespace = 'http://www.w3.org/2000/xmlns/';
const entities: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const name = '[A-Za-z_][A-Za-z0-9._-]*(?::[A-Za-z_][A-Za-z0-9._-]*)?';
const startTag = new RegExp(`<(${name})((?:\\s+${name}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`, 'y');
const endTag = new RegExp(`</(${name})\\s*>`, 'y');
const attribute = new RegExp(`(${name})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g');
const declaration = /<\?xml(?:\s+[a-z]+\s*=\s*(?:"[^"<>]*"|'[^'<>]*'))*\s*\?>/y;
const comment = /<!--(?:[^-]|-(?!-))*-->/y;
const reference = /&(?:([a-z]+)|#([0-9]{1,5})|#x([0-9a-fA-F]{1,4}));/g;
const strayAmpersand = /&(?!(?:[a-z]+|#[0-9]{1,5}|#x[0-9a-fA-F]{1,4});)/;
const space = /[ \t\n]*/y;

// Whether a character of a numeric reference is one xmldom gives back as it is: XML's characters
// of the Basic Multilingual Plane (tab, line feed and the printable ones, no surrogate).
const plainCode = (code: number): boolean =>
  code === 0x09 || code === 0x0a || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd);

// `raw` with its references replaced; null for a reference xmldom would read otherwise or refuse
// (in an attribute value, also a tab or line feed written as a reference, which XML keeps but a
// reader may normalise).
function decode(raw: string, inAttribute = false): string | null {
  if (raw.includes('\r') || raw.includes('>')) return null;
  if (!raw.includes('&')) return raw;
  // An ampersand that starts no reference is an error to xmldom.
  if (strayAmpersand.test(raw)) return null;
  let plain = true;
  const value = raw.replace(reference, (whole, named?: string, decimal?: string, hex?: string) => {
    if (named !== undefined) {
      const character = entities[named];
      if (character === undefined) plain = false;
      return character ?? whole;
    }
    const code = decimal === undefined ? Number.parseInt(hex ?? '', 16) : Number(decimal);
    if (!plainCode(code) || (inAttribute && code < 0x20)) plain = false;
    return String.fromCharCode(code);
  });
  return plain ? value : null;
}

interface Open {
  readonly qualifiedName: string;
  readonly namespaces: ReadonlyMap<string, string>;
  readonly children: MammothNode[];
}

/// mammoth's `readString` for plain XML, without xmldom: the same elements (names with the
/// namespaces mapped as mammoth maps them, attributes in order, text nodes as xmldom cuts them);
/// null for XML it leaves to xmldom.
export function readPlainXml(xml: string, namespaceMap: NamespaceMap): Element | null {
  const convert = (qualified: string, namespaces: ReadonlyMap<string, string>, isAttribute: boolean) => {
    const colon = qualified.indexOf(':');
    const prefix = colon === -1 ? '' : qualified.slice(0, colon);
    const local = colon === -1 ? qualified : qualified.slice(colon + 1);
    // An attribute without a prefix is in no namespace; an element is in the default one.
    const uri = colon === -1 && isAttribute ? '' : namespaces.get(prefix);
    if (uri === undefined) return null;
    if (uri === '') return local;
    const mapped = namespaceMap[uri];
    return mapped ? `${mapped}:${local}` : `{${uri}}${local}`;
  };
  let index = 0;
  declaration.lastIndex = 0;
  if (declaration.test(xml)) index = declaration.lastIndex;
  const stack: Open[] = [];
  let root: Element | null = null;
  const base = new Map([
    ['', ''],
    ['xml', xmlNamespace],
    ['xmlns', xmlnsNamespace],
  ]);
  while (index < xml.length) {
    const next = xml.indexOf('<', index);
    const top = stack[stack.length - 1];
    const text = xml.slice(index, next === -1 ? xml.length : next);
    if (text !== '') {
      if (top === undefined) {
        // Outside the root, only white space.
        space.lastIndex = 0;
        if (!(space.test(text) && space.lastIndex === text.length)) return null;
      } else {
        const value = decode(text);
        if (value === null) return null;
        top.children.push(mammothXml.text(value));
      }
    }
    if (next === -1) break;
    if (xml.startsWith('<!--', next)) {
      comment.lastIndex = next;
      if (!comment.test(xml)) return null;
      index = comment.lastIndex;
      continue;
    }
    if (xml.startsWith('</', next)) {
      endTag.lastIndex = next;
      const match = endTag.exec(xml);
      if (match === null || top === undefined || match[1] !== top.qualifiedName) return null;
      stack.pop();
      index = endTag.lastIndex;
      continue;
    }
    startTag.lastIndex = next;
    const match = startTag.exec(xml);
    // A second root, or markup this does not read (a DOCTYPE, CDATA, a processing instruction).
    if (match === null || (top === undefined && root !== null)) return null;
    const [, qualifiedName = '', attributeText = '', selfClosing] = match;
    const pairs: [string, string][] = [];
    const inherited = top?.namespaces ?? base;
    // This element's own declarations, on a copy of the ones in scope.
    let declared: Map<string, string> | undefined;
    for (const [, attributeName = '', double, single] of attributeText.matchAll(attribute)) {
      const raw = double ?? single ?? '';
      if (/[\t\n\r]/.test(raw) || pairs.some(([seen]) => seen === attributeName)) return null;
      const value = decode(raw, true);
      if (value === null) return null;
      pairs.push([attributeName, value]);
      if (attributeName === 'xmlns' || attributeName.startsWith('xmlns:')) {
        const prefix = attributeName === 'xmlns' ? '' : attributeName.slice('xmlns:'.length);
        if (prefix === 'xml' || prefix === 'xmlns' || (prefix !== '' && value === '')) return null;
        declared ??= new Map(inherited);
        declared.set(prefix, value);
      }
    }
    const namespaces: ReadonlyMap<string, string> = declared ?? inherited;
    const elementName = convert(qualifiedName, namespaces, false);
    if (elementName === null) return null;
    const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const [attributeName, value] of pairs) {
      // xmldom puts the declarations in the xmlns namespace, the bare `xmlns` by that name.
      const converted =
        attributeName === 'xmlns' ? `{${xmlnsNamespace}}xmlns` : convert(attributeName, namespaces, true);
      if (converted === null || converted in attributes) return null;
      attributes[converted] = value;
    }
    const children: MammothNode[] = [];
    const element = new mammothXml.Element(elementName, attributes, children);
    if (top === undefined) root = element;
    else top.children.push(element);
    if (selfClosing !== '/') stack.push({ qualifiedName, namespaces, children });
    index = startTag.lastIndex;
  }
  return stack.length === 0 ? root : null;
}

/// Has mammoth read plain XML with `readPlainXml`, and everything else with xmldom as before.
/// mammoth looks its reader up on its `xml` module at every call, so replacing it there reaches
/// every part it reads; done once.
export function readDocxXmlDirectly(): void {
  const xml = mammothXml as typeof mammothXml & { readsPlainXml?: true };
  if (xml.readsPlainXml === true) return;
  const viaXmldom = xml.readString;
  xml.readString = (xmlString, namespaceMap = {}) => {
    const element = readPlainXml(xmlString, namespaceMap);
    return element === null ? viaXmldom(xmlString, namespaceMap) : Promise.resolve(element);
  };
  xml.readsPlainXml = true;
}
