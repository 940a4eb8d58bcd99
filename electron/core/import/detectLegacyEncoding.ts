/// The single-byte encodings French text files are found in, besides Unicode.
export type LegacyEncoding = 'windows-1252' | 'iso-8859-15' | 'iso-8859-1';

const isDigit = (byte: number | undefined): boolean => byte !== undefined && byte >= 0x30 && byte <= 0x39;
const isLetter = (byte: number | undefined): boolean =>
  byte !== undefined &&
  ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || (byte >= 0xc0 && byte <= 0xff));
const isSpace = (byte: number | undefined): boolean =>
  byte === undefined || byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0xa0;

/// Guesses which single-byte encoding non-UTF-8 bytes are in. The three differ only in a few
/// bytes, so each is scored by whether it turns them into plausible French:
/// - any byte in 0x80–0x9F is a C1 control in both ISO encodings but € ’ “ ” œ Œ … in
///   windows-1252, so its presence means windows-1252;
/// - otherwise 0xA4 beside a digit or a space reads as a currency sign (€ in ISO-8859-15,
///   ¤ elsewhere) and 0xBC/0xBD between letters as Œ/œ ("cœur", "Œuvre"): ISO-8859-15;
/// - otherwise (including ½ ¼ ¾ beside digits) the bytes decode the same in windows-1252 and
///   ISO-8859-1, and the file is named ISO-8859-1, the stricter of the two.
export function detectLegacyEncoding(bytes: Uint8Array): LegacyEncoding {
  let latin9Evidence = 0;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index] ?? 0;
    if (byte >= 0x80 && byte <= 0x9f) return 'windows-1252';
    if (byte < 0xa4 || byte > 0xbe) continue;
    const before = index > 0 ? bytes[index - 1] : undefined;
    const after = bytes[index + 1];
    if (byte === 0xa4 && (isDigit(before) || isDigit(after) || isSpace(before) || isSpace(after)))
      latin9Evidence += 1;
    else if ((byte === 0xbc || byte === 0xbd) && (isLetter(before) || isLetter(after))) {
      latin9Evidence += isDigit(before) || isDigit(after) ? -1 : 1;
    } else if (byte >= 0xbc && byte <= 0xbe && (isDigit(before) || isDigit(after))) latin9Evidence -= 1;
  }
  return latin9Evidence > 0 ? 'iso-8859-15' : 'iso-8859-1';
}
