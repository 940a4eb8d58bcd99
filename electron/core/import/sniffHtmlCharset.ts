import iconv from 'iconv-lite';

// The HTML standard makes these labels mean windows-1252, and a page declaring UTF-16 without
// a BOM is really ASCII-compatible, so it is read as UTF-8.
const charsetAliases: Readonly<Record<string, string>> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  ascii: 'windows-1252',
  'us-ascii': 'windows-1252',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'utf-16': 'utf-8',
  'utf-16le': 'utf-8',
  'utf-16be': 'utf-8',
};

const metaTag = /<meta\b[^>]*>/gi;
const charsetAttribute = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const httpEquivContentType = /\bhttp-equiv\s*=\s*["']?\s*content-type/i;

/// The charset a label names (from a `<meta>` tag or a Content-Type header), as a lower-case
/// name iconv-lite knows, with the HTML standard's aliases applied; null if unknown.
export function charsetForLabel(label: string): string | null {
  const lower = label.trim().toLowerCase();
  const charset = charsetAliases[lower] ?? lower;
  return iconv.encodingExists(charset) ? charset : null;
}

/// The charset an HTML file declares in a `<meta charset>` or `http-equiv="Content-Type"` tag
/// within its first 1024 bytes, as a lower-case name iconv-lite knows; null if none or unknown.
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = iconv.decode(bytes.subarray(0, 1024), 'latin1');
  for (const [tag] of head.matchAll(metaTag)) {
    const isCharsetTag = /\scharset\s*=/i.test(tag) || httpEquivContentType.test(tag);
    const label = isCharsetTag ? charsetAttribute.exec(tag)?.[1]?.toLowerCase() : undefined;
    if (label === undefined) continue;
    return charsetForLabel(label);
  }
  return null;
}
