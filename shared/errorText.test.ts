import { describe, expect, it } from 'vitest';
import en from './i18n/locales/en/translation.json';
import fr from './i18n/locales/fr/translation.json';
import { errorCodes, PasserelleError } from './errors';
import { errorText } from './errorText';
import { uiTranslator } from './testing/uiTranslator';

describe('error texts', () => {
  it('gives every error code a sentence in English and in French', () => {
    for (const code of errorCodes) {
      expect(en.errors[code], code).toMatch(/\S/);
      expect(fr.errors[code], code).toMatch(/\S/);
      expect(fr.errors[code], code).not.toBe(en.errors[code]);
    }
  });

  it('phrases a detail from its params in the UI language', async () => {
    const error = new PasserelleError(
      'too_large',
      'big.txt: the file is 25.5 MB, over the 20 MB import limit.',
      {
        detail: 'file',
        fileName: 'big.txt',
        size: 25.5,
        limit: 20,
      },
    );
    expect(errorText(await uiTranslator('en'), error)).toBe(
      'The file is too large (big.txt is 25.5 MB, over the 20 MB import limit)',
    );
    expect(errorText(await uiTranslator('fr'), error)).toBe(
      'Le fichier est trop volumineux (big.txt fait 25,5 Mo, au-delà de la limite d’import de 20 Mo)',
    );
  });

  it('shows only the sentence of an error whose params name no detail, like a full disk', async () => {
    const error = new PasserelleError(
      'disk_full',
      'The disk is full: nothing was saved; free some space and try again.',
      {},
    );
    expect(errorText(await uiTranslator('fr'), error)).toBe(
      'Le disque est plein : rien n’a été enregistré ; libérez de la place et réessayez',
    );
  });

  it('keeps the message as detail of an error that carries no params', async () => {
    const error = new PasserelleError('not_found', 'There is no article 4.');
    expect(errorText(await uiTranslator('en'), error)).toBe('Not found (There is no article 4.)');
  });
});
