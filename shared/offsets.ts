/// Converts a UTF-16 code-unit offset into `text` to a code-point offset (as spaCy, Prodigy,
/// brat and W3C TextPositionSelector count).
export function utf16ToCodePoint(text: string, offset: number): number {
  let codePoints = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: count it at the low one.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        if (i + 1 < offset) i++;
        else return codePoints;
      }
    }
    codePoints++;
  }
  return codePoints;
}

/// Converts a code-point offset into `text` to a UTF-16 code-unit offset.
export function codePointToUtf16(text: string, codePoints: number): number {
  let offset = 0;
  for (let n = 0; n < codePoints && offset < text.length; n++) {
    const point = text.codePointAt(offset)!;
    offset += point > 0xffff ? 2 : 1;
  }
  return offset;
}
