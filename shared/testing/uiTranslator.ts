import i18next from 'i18next';
import en from '../i18n/locales/en/translation.json';
import fr from '../i18n/locales/fr/translation.json';
import type { Translate } from '../errorText';

/// A `t` over the UI's own strings in `language`, set up as the renderer sets i18next up, for tests
/// that check what the UI would show.
export async function uiTranslator(language: 'en' | 'fr'): Promise<Translate> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return (key, options) => instance.t(key, options);
}
