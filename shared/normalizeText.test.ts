import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalizeText';

// The normalisation as it was written before its steps were made conditional: every step on
// every text.
function everyStep(text: string): string {
  return text
    .replace(/^\ufeff/, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '') // eslint-disable-line no-control-regex -- the expression as it was
    .normalize('NFC');
}

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

  it('gives what running every step on every text gives, for every text of up to three pieces', () => {
    const pieces = [
      'a',
      'é',
      'E\u0301',
      '’',
      '\ufeff',
      '\r',
      '\r\n',
      '\n',
      '\u0000',
      '\u0007',
      '\u007f',
      '\t',
    ];
    const more = ['\ud800', '\udc00', '😀', '\u00a0', '\u202f', '\u0301', '𝐀'];
    const all = [...pieces, ...more];
    const texts = [''];
    for (const first of all) {
      for (const second of ['', ...all]) for (const third of ['', ...all]) texts.push(first + second + third);
    }
    const differing = texts.filter((text) => normalizeText(text) !== everyStep(text));
    expect(differing).toEqual([]);
    expect(texts.length).toBeGreaterThan(7000);
  });
});
