import { useTranslation } from 'react-i18next';
import { routeHref } from './route';
import { ImportButton } from '../exchange/ImportButton';
import { AuthorBadge } from './AuthorBadge';
import { HistoryButtons } from './HistoryButtons';
import { LanguageSwitch } from './LanguageSwitch';
import { SaveStatusIndicator } from './SaveStatusIndicator';
import { WorkspaceBadge } from '../workspace/WorkspaceBadge';
import { ExportButton } from '../exchange/ExportButton';

/// The app bar: name and library link, glossary, claims and drift report links, the workspace's name and backups, your name, undo/redo,
/// save status, the Import and Export dialogs' buttons and language switch.
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
        <a href={routeHref({ screen: 'drift' })}>{t('drift.title')}</a>
      </nav>
      <div className="app-header-tools">
        <WorkspaceBadge />
        <AuthorBadge />
        <HistoryButtons />
        <SaveStatusIndicator />
        <ExportButton />
        <ImportButton />
        <LanguageSwitch />
      </div>
    </header>
  );
}
