import { useEffect, useState } from 'react';
import { AppHeader } from './AppHeader';
import { ArticleView } from '../article/ArticleView';
import { GlossaryView } from '../glossary/GlossaryView';
import { ClaimsView } from '../claims/ClaimsView';
import { DriftView } from '../drift/DriftView';
import { LibraryView } from '../library/LibraryView';
import { TranslationView } from '../translation/TranslationView';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { WorkspaceProvider } from './WorkspaceProvider';
import { setUiLanguage } from './i18n';
import { listenToMenuCommands } from './menuCommands';
import { createSaveTracker } from './saveTracker';
import { SaveTrackerContext } from './saveTrackerContext';
import { useRoute } from './useRoute';

/// The whole app: header, then the library or the article the URL fragment names.
export function App() {
  const route = useRoute();
  const [saveTracker] = useState(createSaveTracker);
  const [libraryVersion, setLibraryVersion] = useState(0);

  useEffect(
    () =>
      listenToMenuCommands(window, (command) => {
        if (command === 'set-language:en' || command === 'set-language:fr')
          void setUiLanguage(command === 'set-language:en' ? 'en' : 'fr');
        else if (command === 'articles-changed') setLibraryVersion((version) => version + 1);
      }),
    [],
  );
  return (
    <SaveTrackerContext value={saveTracker}>
      <WorkspaceProvider onHistoryStep={() => setLibraryVersion((version) => version + 1)}>
        <div className="app">
          <AppHeader />
          <ReadOnlyBanner />
          <main className="app-main">
            {route.screen === 'article' ? (
              <ArticleView
                key={route.articleId}
                articleId={route.articleId}
                annotationId={route.annotationId}
              />
            ) : route.screen === 'translation' ? (
              <TranslationView
                key={route.articleId}
                articleId={route.articleId}
                segmentId={route.segmentId}
              />
            ) : route.screen === 'glossary' ? (
              <GlossaryView entryId={route.entryId} />
            ) : route.screen === 'claims' ? (
              <ClaimsView />
            ) : route.screen === 'drift' ? (
              <DriftView />
            ) : (
              <LibraryView version={libraryVersion} />
            )}
          </main>
        </div>
      </WorkspaceProvider>
    </SaveTrackerContext>
  );
}
