import i18next from 'i18next';
import { historyMessageValues, type HistoryMessage } from '../../../shared/historyMessages';
import en from '../../../shared/i18n/locales/en/translation.json';
import fr from '../../../shared/i18n/locales/fr/translation.json';
import type { UiLanguage } from '../../../shared/languages';

const translations = i18next.createInstance();
void translations.init({
  resources: { en: { translation: en }, fr: { translation: fr } },
  lng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
});

/// A history message as the UI words it in `language`, with the renderer's locale files, so tests
/// can read the steps core records; core itself never builds this text.
export function historyMessageText(message: HistoryMessage, language: UiLanguage): string {
  const t = translations.getFixedT(language);
  return t(
    message.key,
    historyMessageValues(message, (label) => (language === 'fr' ? label.nameFr : label.nameEn)),
  );
}

/// Whether `language`'s locale file words this message itself (no fallback to another language).
export function hasHistoryMessageText(message: HistoryMessage, language: UiLanguage): boolean {
  const values = historyMessageValues(message, (label) => label.key);
  return translations.exists(message.key, { ...values, lng: language, fallbackLng: false });
}
