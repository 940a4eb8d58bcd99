import i18next, { type i18n } from 'i18next';
import en from '../../shared/i18n/locales/en/main.json';
import enTranslation from '../../shared/i18n/locales/en/translation.json';
import fr from '../../shared/i18n/locales/fr/main.json';
import frTranslation from '../../shared/i18n/locales/fr/translation.json';
import { uiLanguages, type UiLanguage } from '../../shared/languages';

/// A private i18next instance holding the `main` namespace (menus and dialogs) and the renderer's
/// `translation` one (whose `errorDetails` phrase an error's params), initialised synchronously
/// so the first menu can be built right away.
export function createMainI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...uiLanguages],
    ns: ['main', 'translation'],
    defaultNS: 'main',
    resources: { en: { main: en, translation: enTranslation }, fr: { main: fr, translation: frTranslation } },
    initAsync: false,
    // Strings go to native menus and dialogs, never into HTML.
    interpolation: { escapeValue: false },
  });
  return instance;
}
