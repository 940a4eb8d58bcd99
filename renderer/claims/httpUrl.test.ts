import { describe, expect, it } from 'vitest';
import { isHttpUrl } from './httpUrl';

describe('isHttpUrl', () => {
  it('accepts http and https addresses', () => {
    expect(isHttpUrl('https://www.reuters.com/technology/nvidia-h200')).toBe(true);
    expect(isHttpUrl(' http://example.org ')).toBe(true);
  });

  it('refuses other schemes and words that are no address', () => {
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('ftp://example.org/file')).toBe(false);
    expect(isHttpUrl('reuters.com')).toBe(false);
    expect(isHttpUrl('')).toBe(false);
  });
});
