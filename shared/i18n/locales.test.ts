/// <reference types="vite/types/importMeta.d.ts" />
import { describe, expect, it } from 'vitest';

type Messages = { readonly [key: string]: string | Messages };

// Vite's glob import reads every locale file without Node's fs, which shared/ may not use.
const files = import.meta.glob<Messages>('./locales/*/*.json', { eager: true, import: 'default' });

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function flatKeys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatKeys(value, `${prefix}${key}.`),
  );
}

function byFile(): Map<string, Map<string, string[]>> {
  const result = new Map<string, Map<string, string[]>>();
  for (const [path, messages] of Object.entries(files)) {
    const [, language, fileName] = /\.\/locales\/([^/]+)\/([^/]+)$/.exec(path) ?? [];
    if (!language || !fileName) continue;
    const languages = result.get(fileName) ?? new Map<string, string[]>();
    languages.set(language, flatKeys(messages));
    result.set(fileName, languages);
  }
  return result;
}

describe('locale files', () => {
  const locales = byFile();

  it('include the UI strings in English and French', () => {
    expect([...(locales.get('translation.json')?.keys() ?? [])].sort()).toEqual(['en', 'fr']);
  });

  for (const [fileName, languages] of locales) {
    it(`${fileName} has the same keys in every language, up to plural forms`, () => {
      const base = (keys: readonly string[]) =>
        [...new Set(keys.map((key) => key.replace(pluralSuffix, '')))].sort();
      const english = base(languages.get('en') ?? []);
      for (const [language, keys] of languages)
        expect({ language, keys: base(keys) }).toEqual({ language, keys: english });
    });

    it(`${fileName} has every plural form each language needs`, () => {
      for (const [language, keys] of languages) {
        const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
        const plurals = new Set(
          keys.filter((key) => pluralSuffix.test(key)).map((key) => key.replace(pluralSuffix, '')),
        );
        for (const plural of plurals) {
          for (const category of categories) expect(keys).toContain(`${plural}_${category}`);
        }
      }
    });
  }
});
