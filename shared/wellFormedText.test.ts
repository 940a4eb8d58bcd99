import { describe, expect, it } from 'vitest';
import { isWellFormedText, repairLoneSurrogates, wellFormedString } from './wellFormedText';

describe('wellFormedText', () => {
  it('tells text holding a lone surrogate from text whose surrogates all pair up', () => {
    expect(isWellFormedText('Pékin 😀 🇫🇷')).toBe(true);
    expect(isWellFormedText('lone\ud800x')).toBe(false);
    expect(isWellFormedText('\udc00Macron')).toBe(false);
    expect(isWellFormedText('Macron\ud83d')).toBe(false);
    expect(isWellFormedText('\ude00\ud83d')).toBe(false);
  });

  it('repairs lone surrogates into replacement characters and keeps pairs', () => {
    expect(repairLoneSurrogates('a\ud800b\udc00c😀')).toBe('a\ufffdb\ufffdc😀');
  });

  it('gives a string schema that refuses a lone surrogate, saying why, and keeps chaining', () => {
    const schema = wellFormedString().trim().min(1);
    expect(schema.parse(' Pékin 😀 ')).toBe('Pékin 😀');
    const refused = schema.safeParse('lone\ud800x');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toContain('lone surrogate');
  });
});
