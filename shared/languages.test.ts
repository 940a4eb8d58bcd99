import { describe, expect, it } from 'vitest';
import { isUiLanguage, languageName, uiLanguageFor } from './languages';

describe('uiLanguageFor', () => {
  it('picks French for any French locale and English otherwise', () => {
    expect(uiLanguageFor('fr')).toBe('fr');
    expect(uiLanguageFor('fr-CA')).toBe('fr');
    expect(uiLanguageFor('en-GB')).toBe('en');
    expect(uiLanguageFor('de')).toBe('en');
    expect(uiLanguageFor(undefined)).toBe('en');
  });
});

describe('isUiLanguage', () => {
  it('accepts only the shipped UI languages', () => {
    expect(isUiLanguage('fr')).toBe(true);
    expect(isUiLanguage('de')).toBe(false);
    expect(isUiLanguage(null)).toBe(false);
  });
});

describe('languageName', () => {
  it('names a language in the asked language, or gives the tag back', () => {
    expect(languageName('en', 'fr')).toBe('anglais');
    expect(languageName('de', 'en')).toBe('German');
    expect(languageName('not a tag!', 'en')).toBe('not a tag!');
  });
});
