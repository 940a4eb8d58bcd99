import { describe, expect, it } from 'vitest';
import { normalizeWithOffsets } from './normalizedOffsets';

describe('normalizeWithOffsets', () => {
  it('maps offsets over NFD text to the composed text', () => {
    const nfd = 'Le pre\u0301fet de l’E\u0301lyse\u0301e'.normalize('NFD');
    const result = normalizeWithOffsets(nfd)!;
    expect(result.text).toBe(nfd.normalize('NFC'));
    const start = nfd.indexOf('E\u0301lyse\u0301e');
    const end = start + 'E\u0301lyse\u0301e'.length;
    const mapped = [result.mapOffset(start)!, result.mapOffset(end)!];
    expect(result.text.slice(mapped[0], mapped[1])).toBe('Élysée');
    // Between a letter and its accent is no offset of the composed text.
    expect(result.mapOffset(start + 1)).toBeNull();
  });

  it('maps offsets across CR LF line ends, a leading BOM and dropped controls', () => {
    const original = '\ufeffUn\r\ndeux\u0007 trois';
    const result = normalizeWithOffsets(original)!;
    expect(result.text).toBe('Un\ndeux trois');
    const at = original.indexOf('trois');
    expect(result.text.slice(result.mapOffset(at)!, result.mapOffset(at + 5)!)).toBe('trois');
    expect(result.mapOffset(original.indexOf('\n'))).toBeNull();
  });
});
