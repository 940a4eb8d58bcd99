import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../shared/i18n/locales/en/translation.json';
import fr from '../../shared/i18n/locales/fr/translation.json';
import { isUiLanguage, uiLanguageFor, uiLanguages, type UiLanguage } from '../../shared/languages';
import { tellMenuLanguage } from './menuCommands';

/// Where the chosen UI language is remembered.
export const languageStorageKey = 'passerelle.language';

/// The language to start in: the remembered choice, else French for a French browser, else English.
export function initialLanguage(stored: string | null, browserLanguage: string | undefined): UiLanguage {
  return isUiLanguage(stored) ? stored : uiLanguageFor(browserLanguage);
}

function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(languageStorageKey);
  } catch {
    return null;
  }
}

/// Switches the UI language, remembers it and tells assistive technology via `<html lang>`.
export async function setUiLanguage(language: UiLanguage): Promise<void> {
  await i18next.changeLanguage(language);
  try {
    window.localStorage.setItem(languageStorageKey, language);
  } catch {
    // Storage may be unavailable (private mode); the switch still applies to this session.
  }
}

/// Initialises i18next with the English and French UI strings; resolves when ready.
export async function initI18n(): Promise<i18n> {
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    if (isUiLanguage(language)) tellMenuLanguage(window, language);
  });
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    lng: initialLanguage(readStoredLanguage(), navigator.language),
    fallbackLng: 'en',
    supportedLngs: [...uiLanguages],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
