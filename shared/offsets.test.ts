import { describe, expect, it } from 'vitest';
import { codePointOffsets, codePointToUtf16, utf16ToCodePoint } from './offsets';

describe('offset conversion', () => {
  it('is the identity on text without astral characters', () => {
    const text = 'Pékin « cœur »';
    for (let i = 0; i <= text.length; i++) {
      expect(utf16ToCodePoint(text, i)).toBe(i);
      expect(codePointToUtf16(text, i)).toBe(i);
    }
  });

  it('counts an emoji as one code point and two code units', () => {
    const text = 'a😀b';
    expect(utf16ToCodePoint(text, 3)).toBe(2);
    expect(utf16ToCodePoint(text, 4)).toBe(3);
    expect(codePointToUtf16(text, 2)).toBe(3);
    expect(codePointToUtf16(text, 3)).toBe(4);
  });

  it('round-trips every code-point boundary', () => {
    const text = '𝔘n 😀 mot 🇫🇷 fin';
    for (let cp = 0; cp <= [...text].length; cp++) {
      expect(utf16ToCodePoint(text, codePointToUtf16(text, cp))).toBe(cp);
    }
  });

  it('does not count half of a surrogate pair as a code point', () => {
    expect(utf16ToCodePoint('😀x', 1)).toBe(0);
  });
});

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
      const insidePair = /[\udc00-\udfff]/.test(text[offset] ?? '');
      // Between two halves the pair's start is meant; elsewhere both ways agree.
      expect(cp).toBe(countCodePoints(text, insidePair ? offset - 1 : offset));
      if (!insidePair) expect(offsets.toUtf16(cp)).toBe(offset);
    }
  });

  it('leaves a lone surrogate counted as one code point', () => {
    const text = 'x\ud800y';
    expect(codePointOffsets(text).toCodePoints(3)).toBe(3);
  });
});
