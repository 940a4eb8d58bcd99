import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import enMain from '../../shared/i18n/locales/en/main.json';
import en from '../../shared/i18n/locales/en/translation.json';
import frMain from '../../shared/i18n/locales/fr/main.json';
import fr from '../../shared/i18n/locales/fr/translation.json';

type Messages = { readonly [key: string]: string | Messages };

function strings(messages: Messages, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : strings(value, `${prefix}${key}.`),
  );
}

// The interpolations that hold a number of things; each goes through i18next's `number` format.
const countNames = ['count', 'current', 'total', 'imported'];

describe('counts in the locales', () => {
  it('format every count as a number, with the UI language’s thousands separator', () => {
    const unformatted = Object.entries({ en, fr, enMain, frMain }).flatMap(([file, messages]) =>
      strings(messages)
        .filter(([, text]) => countNames.some((name) => text.includes(`{{${name}}}`)))
        .map(([key]) => `${file}: ${key}`),
    );
    expect(unformatted).toEqual([]);
  });

  it('read « 4 722 suggestions » in French and “4,722 suggestions” in English', async () => {
    const t = await i18next.createInstance().init({
      resources: { en: { translation: en }, fr: { translation: fr } },
      lng: 'fr',
      interpolation: { escapeValue: false },
    });
    expect(t('suggestions.title', { count: 4722 })).toBe('4\u202f722 suggestions');
    expect(t('suggestions.title', { count: 4722, lng: 'en' })).toBe('4,722 suggestions');
    expect(t('import.progressCount', { current: 1200, total: 4722, lng: 'en' })).toBe(
      'Importing 1,200 of 4,722:',
    );
  });
});
