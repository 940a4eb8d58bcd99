const combiningMark = /\p{M}/u;
const apostrophe = /[’'ʼ‘`´]/u;
const space = /[\s\u00a0\u202f\u2007\u2009\u200a\u2000-\u2006\u2008\u205f\u3000]/u;

/// A folded copy of a text with, for each folded character, where it came from.
export interface FoldedText {
  /// Lower case, no accents, one apostrophe (`'`), runs of any space as one `' '`.
  readonly folded: string;
  /// `starts[i]`: UTF-16 offset in the original of the character folded[i] came from.
  readonly starts: readonly number[];
  /// `ends[i]`: UTF-16 offset just after that original character.
  readonly ends: readonly number[];
}

// Folding one code point is costly (normalisation, locale-aware case), and a text uses few
// distinct code points, so each is folded once per process.
const foldedCodePoints = new Map<string, string>();

function foldCodePoint(char: string): string {
  let out = foldedCodePoints.get(char);
  if (out === undefined) {
    out = foldUncached(char);
    foldedCodePoints.set(char, out);
  }
  return out;
}

function foldUncached(char: string): string {
  if (apostrophe.test(char)) return "'";
  if (space.test(char)) return ' ';
  let out = '';
  for (const part of char.normalize('NFD')) {
    if (!combiningMark.test(part)) out += part;
  }
  return out.toLocaleLowerCase('fr').normalize('NFD').replace(/\p{M}/gu, '');
}

const asciiFolds = Array.from({ length: 0x80 }, (_, code) => foldUncached(String.fromCharCode(code)));

/// Folds `text` for matching (case, accents, apostrophes, spaces) and keeps the way back to
/// exact offsets in the original, so a hit in the folded text maps to the original words.
/// Works on NFD input too: a combining mark folds to nothing and stays with its base letter.
export function foldWithMap(text: string): FoldedText {
  // Chunks joined once at the end: reading the tail of a growing string would flatten it each time.
  const chunks: string[] = [];
  let lastIsSpace = false;
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  while (offset < text.length) {
    const start = offset;
    const code = text.charCodeAt(offset);
    const next = text.charCodeAt(offset + 1);
    const width = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    offset += width;
    const out = code < 0x80 ? asciiFolds[code]! : foldCodePoint(text.slice(start, offset));
    if (out === '') {
      // A lone combining mark (NFD input) belongs to the preceding character.
      if (ends.length > 0) ends[ends.length - 1] = offset;
      continue;
    }
    if (out === ' ' && lastIsSpace) {
      ends[ends.length - 1] = offset;
      continue;
    }
    chunks.push(out);
    lastIsSpace = out.endsWith(' ');
    for (let unit = 0; unit < out.length; unit++) {
      starts.push(start);
      ends.push(offset);
    }
  }
  return { folded: chunks.join(''), starts, ends };
}
