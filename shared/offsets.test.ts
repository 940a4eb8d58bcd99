import { describe, expect, it } from 'vitest';
import { codePointToUtf16, utf16ToCodePoint } from './offsets';

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
