import { describe, expect, it } from 'vitest';
import { codePointOffsets } from './codePoints';

// Counted the slow way, independently of the index: the code points of the text before `offset`.
function countCodePoints(text: string, utf16Offset: number): number {
  return Array.from(text.slice(0, utf16Offset)).length;
}

describe('codePointOffsets', () => {
  it('is the identity on text without astral characters', () => {
    const offsets = codePointOffsets('Le préfet de Paris');
    expect(offsets.toCodePoints(6)).toBe(6);
    expect(offsets.toUtf16(6)).toBe(6);
    expect(offsets.length).toBe(18);
  });

  it('counts an emoji before a name as one code point, two UTF-16 units', () => {
    const text = '🇫🇷 😀 Emmanuel Macron 𝒳 à Pékin';
    const offsets = codePointOffsets(text);
    const start = text.indexOf('Emmanuel');
    expect(offsets.toCodePoints(start)).toBe(countCodePoints(text, start));
    expect(offsets.toCodePoints(start)).toBe(start - 3);
    expect(
      Array.from(text)
        .slice(offsets.toCodePoints(start), offsets.toCodePoints(start + 8))
        .join(''),
    ).toBe('Emmanuel');
    expect(offsets.length).toBe(Array.from(text).length);
  });

  it('converts both ways on every offset of a text full of astral characters', () => {
    const text = 'a😀b𝒳𝒳c 🇫🇷d€e😀';
    const offsets = codePointOffsets(text);
    for (let offset = 0; offset <= text.length; offset += 1) {
      const cp = offsets.toCodePoints(offset);
      expect(cp).toBe(countCodePoints(text, offset));
      const insidePair = /[\udc00-\udfff]/.test(text[offset] ?? '');
      if (!insidePair) expect(offsets.toUtf16(cp)).toBe(offset);
    }
  });

  it('leaves a lone surrogate counted as one code point', () => {
    const text = 'x\ud800y';
    expect(codePointOffsets(text).toCodePoints(3)).toBe(3);
  });
});
