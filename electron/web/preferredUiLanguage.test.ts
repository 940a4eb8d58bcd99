import { describe, expect, it } from 'vitest';
import { preferredUiLanguage } from './preferredUiLanguage';

describe('preferredUiLanguage', () => {
  it('answers French for a browser that prefers French', () => {
    expect(preferredUiLanguage('fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('fr');
    expect(preferredUiLanguage('fr')).toBe('fr');
  });

  it('answers English for a browser that prefers English, even if it also reads French', () => {
    expect(preferredUiLanguage('en-GB,en;q=0.9,fr;q=0.8')).toBe('en');
  });

  it('skips languages Passerelle does not ship and ranks by quality, not order', () => {
    expect(preferredUiLanguage('de-DE, en;q=0.5, fr;q=0.8')).toBe('fr');
    expect(preferredUiLanguage('fr;q=0.2, en;q=0.3')).toBe('en');
  });

  it('ignores languages refused with q=0 and tags that only start like a shipped one', () => {
    expect(preferredUiLanguage('fr;q=0, en;q=0.1')).toBe('en');
    expect(preferredUiLanguage('fry, fr;q=0.5')).toBe('fr');
  });

  it('falls back to English when no shipped language is named or the header is missing', () => {
    expect(preferredUiLanguage(undefined)).toBe('en');
    expect(preferredUiLanguage('')).toBe('en');
    expect(preferredUiLanguage('de, it;q=0.5')).toBe('en');
    expect(preferredUiLanguage('*')).toBe('en');
  });
});
