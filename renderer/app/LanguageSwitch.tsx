import { useTranslation } from 'react-i18next';
import { isUiLanguage, uiLanguages } from '../../shared/languages';
import { setUiLanguage } from './i18n';

/// Chooses the UI language (English or French); the choice is remembered across sessions.
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = uiLanguages.find((language) => i18n.resolvedLanguage === language) ?? 'en';
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        value={current}
        onChange={(event) => {
          if (isUiLanguage(event.target.value)) void setUiLanguage(event.target.value);
        }}
      >
        {uiLanguages.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
