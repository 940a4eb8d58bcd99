import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalizeText';

describe('normalizeText', () => {
  it('strips the BOM and makes line ends LF', () => {
    expect(normalizeText('\ufeffun\r\ndeux\rtrois\n')).toBe('un\ndeux\ntrois\n');
  });

  it('composes to NFC', () => {
    expect(normalizeText('E\u0301tat')).toBe('État');
  });

  it('drops NUL and C0 controls but keeps tab and newline', () => {
    expect(normalizeText('a\u0000b\u0007c\td\ne\u007f')).toBe('abc\td\ne');
  });

  it('repairs lone surrogates and keeps pairs', () => {
    expect(normalizeText('a\ud800b\udc00c😀')).toBe('a\ufffdb\ufffdc😀');
  });

  it('keeps French typography: NBSP and narrow NBSP', () => {
    expect(normalizeText('«\u00a0oui\u00a0» ; non\u202f!')).toBe('«\u00a0oui\u00a0» ; non\u202f!');
  });
});
