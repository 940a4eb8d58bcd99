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

function foldCodePoint(char: string): string {
  if (apostrophe.test(char)) return "'";
  if (space.test(char)) return ' ';
  let out = '';
  for (const part of char.normalize('NFD')) {
    if (!combiningMark.test(part)) out += part;
  }
  return out.toLocaleLowerCase('fr').normalize('NFD').replace(/\p{M}/gu, '');
}

/// Folds `text` for matching (case, accents, apostrophes, spaces) and keeps the way back to
/// exact offsets in the original, so a hit in the folded text maps to the original words.
/// Works on NFD input too: a combining mark folds to nothing and stays with its base letter.
export function foldWithMap(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of text) {
    const start = offset;
    offset += char.length;
    const out = foldCodePoint(char);
    if (out === '') {
      // A lone combining mark (NFD input) belongs to the preceding character.
      if (ends.length > 0) ends[ends.length - 1] = offset;
      continue;
    }
    if (out === ' ' && folded.endsWith(' ')) {
      ends[ends.length - 1] = offset;
      continue;
    }
    for (const unit of out) {
      folded += unit;
      starts.push(start);
      ends.push(offset);
    }
  }
  return { folded, starts, ends };
}
