import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, detectBom } from './decodeText';

const corpus = new URL('../../../../shared/corpus/', import.meta.url);
const sample = 'Œuvre d’État : « À Noël, 52 € pour le cœur » — Élise, Ça';

function withBom(bom: number[], body: Uint8Array): Uint8Array {
  return Uint8Array.from([...bom, ...body]);
}

describe('detectBom', () => {
  it('recognises the UTF-8, UTF-16 LE and UTF-16 BE byte order marks', () => {
    expect(detectBom(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toBe('utf-8');
    expect(detectBom(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]))).toBe('utf-16le');
    expect(detectBom(Uint8Array.from([0xfe, 0xff, 0x00, 0x41]))).toBe('utf-16be');
    expect(detectBom(Uint8Array.from([0x41, 0x42]))).toBeNull();
  });
});

describe('decodeText', () => {
  it('reads the windows-1252 corpus article with its typographic characters intact', () => {
    const { text, encoding } = decodeText(readFileSync(new URL('budget-rouen.fr.cp1252.txt', corpus)));
    expect(encoding).toBe('windows-1252');
    for (const expected of ['l’État', '52 €', 'cœur', '« Nous']) expect(text).toContain(expected);
  });

  it('decodes windows-1252 bytes for Œ, accented capitals and the 0x80–0x9f range', () => {
    const bytes = iconv.encode(sample, 'windows-1252');
    expect(bytes.includes(0x8c)).toBe(true);
    expect(decodeText(bytes)).toMatchObject({ text: sample, encoding: 'windows-1252' });
  });

  it('reads valid UTF-8 without a BOM as UTF-8', () => {
    expect(decodeText(new TextEncoder().encode(sample))).toEqual({ text: sample, encoding: 'utf-8' });
  });

  it('drops a UTF-8 byte order mark', () => {
    const bytes = withBom([0xef, 0xbb, 0xbf], new TextEncoder().encode(sample));
    expect(decodeText(bytes)).toEqual({ text: sample, encoding: 'utf-8' });
  });

  it('decodes UTF-16 LE and BE text announced by a byte order mark', () => {
    const little = withBom([0xff, 0xfe], iconv.encode(sample, 'utf-16le'));
    const big = withBom([0xfe, 0xff], iconv.encode(sample, 'utf-16be'));
    expect(decodeText(little)).toEqual({ text: sample, encoding: 'utf-16le' });
    expect(decodeText(big)).toEqual({ text: sample, encoding: 'utf-16be' });
  });

  it('uses a declared charset when there is no byte order mark', () => {
    const bytes = Uint8Array.from([0x31, 0x30, 0x20, 0xa4, 0x20, 0xbc, 0x64, 0x69, 0x70, 0x65]);
    expect(decodeText(bytes, 'iso-8859-15')).toEqual({ text: '10 € Œdipe', encoding: 'iso-8859-15' });
  });

  it('lets a byte order mark win over a declared charset', () => {
    const bytes = withBom([0xef, 0xbb, 0xbf], new TextEncoder().encode('cœur'));
    expect(decodeText(bytes, 'windows-1252')).toEqual({ text: 'cœur', encoding: 'utf-8' });
  });

  it('detects ISO-8859-15 from a currency sign and œ, and ISO-8859-1 when nothing tells them apart', () => {
    const latin9 = '« Un cœur à 12 € » — Œuvre d’Éric, À Ça';
    const latin9Text = latin9.replace(/[—’]/g, (dash) => (dash === '—' ? '-' : "'"));
    expect(decodeText(iconv.encode(latin9Text, 'iso-8859-15'))).toMatchObject({
      text: latin9Text,
      encoding: 'iso-8859-15',
    });
    const latin1 = '« Élise à Noël » : ½ litre, Ça, È, Ù.';
    const decoded = decodeText(iconv.encode(latin1, 'iso-8859-1'));
    expect(decoded).toMatchObject({ text: latin1, encoding: 'iso-8859-1' });
    expect(decoded.warning).toMatchObject({ code: 'encoding_guessed', encoding: 'iso-8859-1' });
  });

  it('falls back to windows-1252 with a warning, never U+FFFD, for invalid UTF-8', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('Été à '), 0x80, 0x20, 0x92, 0x9c]);
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe('Ã‰tÃ© Ã\u00a0 € ’œ');
    expect(decoded.text).not.toContain('\ufffd');
    expect(decoded.warning).toMatchObject({ code: 'invalid_utf8', encoding: 'windows-1252' });
    expect(decoded.warning?.message).toContain('invalid UTF-8');
  });

  it('keeps a page that declares UTF-8 in UTF-8, replacing only its invalid bytes', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('été '), 0xff]);
    expect(decodeText(bytes, 'utf-8')).toEqual({ text: 'été \ufffd', encoding: 'utf-8' });
  });
});
