import { describe, expect, it } from 'vitest';
import en from '../../shared/i18n/locales/en/main.json';
import fr from '../../shared/i18n/locales/fr/main.json';
import { errorCodes } from '../../shared/errors';
import { createMainI18n } from './mainI18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('main locale files', () => {
  it('have the same keys in English and French', () => {
    expect(keys(fr).sort()).toEqual(keys(en).sort());
  });

  it('translate every error code a failed import can carry', () => {
    for (const code of errorCodes) expect(keys(en)).toContain(`errors.${code}`);
  });

  it('hold no empty string', () => {
    for (const [name, locale] of [
      ['en', en],
      ['fr', fr],
    ] as const) {
      const i18n = createMainI18n(name);
      for (const key of keys(locale)) expect(i18n.t(key), `${name}: ${key}`).not.toBe('');
    }
  });
});

describe('createMainI18n', () => {
  it('is ready synchronously and does not HTML-escape file names', () => {
    const { t } = createMainI18n('en');
    expect(t('dialog.failureLine', { fileName: 'a&b<1>.html', reason: 'x' })).toBe('a&b<1>.html: x');
  });
});
