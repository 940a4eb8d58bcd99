import { useTranslation } from 'react-i18next';
import { routeHref } from '../route';
import { ExportGlossaryButton } from './ExportGlossaryButton';
import { LanguageSwitch } from './LanguageSwitch';
import { SaveStatusIndicator } from './SaveStatusIndicator';

/// The app bar: name and library link, save status, glossary export and language switch.
export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <a className="brand" href={routeHref({ screen: 'library' })}>
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </a>
      <div className="app-header-tools">
        <SaveStatusIndicator />
        <ExportGlossaryButton />
        <LanguageSwitch />
      </div>
    </header>
  );
}
