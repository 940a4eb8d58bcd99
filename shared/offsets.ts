/// Converts offsets into one text between UTF-16 code units (how JavaScript, ProseMirror and the
/// database count) and Unicode code points (how Python, spaCy, Prodigy, brat and the exports
/// count): they differ by one for every character outside the Basic Multilingual Plane (emoji,
/// some CJK ideographs) before the offset.
export interface CodePointOffsets {
  /// The code-point offset of a UTF-16 offset (one inside a surrogate pair is the pair's start).
  toCodePoints(utf16Offset: number): number;
  /// The UTF-16 offset of a code-point offset.
  toUtf16(codePointOffset: number): number;
  /// The text's length in code points.
  readonly length: number;
}

/// Indexes `text`'s astral characters once, so each conversion is a binary search.
export function codePointOffsets(text: string): CodePointOffsets {
  // UTF-16 offsets of the low half of each surrogate pair, in order.
  const lowHalves: number[] = [];
  for (let index = 0; index < text.length - 1; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        lowHalves.push(index + 1);
        index += 1;
      }
    }
  }
  // How many low halves lie strictly before `offset` (UTF-16).
  const halvesBefore = (offset: number): number => {
    let low = 0;
    let high = lowHalves.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((lowHalves[middle] ?? 0) < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return {
    toCodePoints: (utf16Offset) => {
      const before = halvesBefore(utf16Offset);
      // Between the halves of a pair: not a character of its own, so the pair's start.
      const inside = lowHalves[before] === utf16Offset ? 1 : 0;
      return utf16Offset - before - inside;
    },
    toUtf16: (codePointOffset) => {
      // How many pairs lie wholly before the code point: the pair holding the middle-th low
      // half starts at code point (its low half's UTF-16 offset) - 1 - middle.
      let low = 0;
      let high = lowHalves.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        // The code-point offset of the character holding the middle-th low half.
        if ((lowHalves[middle] ?? 0) - 1 - middle < codePointOffset) low = middle + 1;
        else high = middle;
      }
      return codePointOffset + low;
    },
    length: text.length - lowHalves.length,
  };
}

/// Converts a UTF-16 code-unit offset into `text` to a code-point offset (as spaCy, Prodigy,
/// brat and W3C TextPositionSelector count); for many offsets into one text, `codePointOffsets`.
export function utf16ToCodePoint(text: string, offset: number): number {
  return codePointOffsets(text).toCodePoints(Math.min(offset, text.length));
}

/// Converts a code-point offset into `text` to a UTF-16 code-unit offset.
export function codePointToUtf16(text: string, codePoints: number): number {
  const offsets = codePointOffsets(text);
  return offsets.toUtf16(Math.min(codePoints, offsets.length));
}
