import { useTranslation } from 'react-i18next';
import { routeHref } from './route';
import { ExportGlossaryButton } from '../glossary/ExportGlossaryButton';
import { AuthorBadge } from './AuthorBadge';
import { HistoryButtons } from './HistoryButtons';
import { LanguageSwitch } from './LanguageSwitch';
import { SaveStatusIndicator } from './SaveStatusIndicator';
import { WorkspaceBadge } from '../workspace/WorkspaceBadge';

/// The app bar: name and library link, glossary and claims links, the workspace's name and backups, your name, undo/redo, save status, glossary export
/// and language switch.
export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <a className="brand" href={routeHref({ screen: 'library' })}>
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </a>
      <nav className="app-nav" aria-label={t('glossary.navLabel')}>
        <a href={routeHref({ screen: 'glossary' })}>{t('glossary.title')}</a>
        <a href={routeHref({ screen: 'claims' })}>{t('claims.title')}</a>
      </nav>
      <div className="app-header-tools">
        <WorkspaceBadge />
        <AuthorBadge />
        <HistoryButtons />
        <SaveStatusIndicator />
        <ExportGlossaryButton />
        <LanguageSwitch />
      </div>
    </header>
  );
}
