import iconv from 'iconv-lite';
import type { ImportWarning } from '../../../shared/domain';
import { detectLegacyEncoding } from './detectLegacyEncoding';

/// Text decoded from a file's bytes, with the name of the encoding it was read as.
export interface DecodedText {
  /// The decoded characters, without a byte order mark; not yet normalised.
  readonly text: string;
  /// 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-15', 'iso-8859-1' or a declared
  /// charset's lower-case name.
  readonly encoding: string;
  /// Set when the encoding was guessed from the bytes rather than declared or certain.
  readonly warning?: ImportWarning;
}

/// The Unicode encodings a byte order mark can announce.
export type BomEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/// The encoding announced by a byte order mark at the start of `bytes`, if any.
export function detectBom(bytes: Uint8Array): BomEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

// Both decoders (and iconv-lite) drop a leading BOM themselves.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');
// A well-formed two-, three- or four-byte UTF-8 sequence.
const utf8Sequence = /[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}/;

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

// Bytes that are mostly UTF-8 with a few bad ones (a file edited with two editors) deserve a
// louder warning than a file that is simply in a legacy encoding.
function holdsUtf8Sequences(bytes: Uint8Array): boolean {
  return utf8Sequence.test(iconv.decode(bytes.subarray(0, 1024 * 1024), 'latin1'));
}

/// Decodes bytes: a BOM wins, then a declared charset (from HTML), then UTF-8 if the bytes are
/// valid UTF-8, else the legacy encoding `detectLegacyEncoding` picks, with a warning (never a
/// run of U+FFFD). Node's own TextDecoder('windows-1252') maps 0x80–0x9f to C1 controls
/// instead of € ’ œ…, so legacy codepages always go through iconv-lite.
export function decodeText(bytes: Uint8Array, declaredCharset: string | null = null): DecodedText {
  const bom = detectBom(bytes);
  if (bom === 'utf-8') return { text: lenientUtf8.decode(bytes), encoding: 'utf-8' };
  if (bom !== null) return { text: iconv.decode(bytes, bom), encoding: bom };

  if (declaredCharset !== null && declaredCharset !== 'utf-8' && iconv.encodingExists(declaredCharset)) {
    return { text: iconv.decode(bytes, declaredCharset), encoding: declaredCharset };
  }
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  // A page that declares UTF-8 is trusted like a browser trusts it: bad bytes become U+FFFD
  // rather than turning every accent of a mostly valid file into mojibake.
  if (declaredCharset === 'utf-8') return { text: lenientUtf8.decode(bytes), encoding: 'utf-8' };
  if (holdsUtf8Sequences(bytes)) {
    return {
      text: iconv.decode(bytes, 'windows-1252'),
      encoding: 'windows-1252',
      warning: {
        code: 'invalid_utf8',
        encoding: 'windows-1252',
        message:
          'The file looks like UTF-8 but holds invalid UTF-8 bytes, so it was read as windows-1252: check its accented letters.',
      },
    };
  }
  const encoding = detectLegacyEncoding(bytes);
  return {
    text: iconv.decode(bytes, encoding),
    encoding,
    warning: {
      code: 'encoding_guessed',
      encoding,
      message: `The file declares no encoding and is not UTF-8; it was read as ${encoding}.`,
    },
  };
}
