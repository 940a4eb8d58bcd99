import { useEffect, useState } from 'react';
import { AppHeader } from './components/AppHeader';
import { ArticleView } from './components/ArticleView';
import { LibraryView } from './components/LibraryView';
import { setUiLanguage } from './i18n';
import { labelColourVariables } from './labelColourVariables';
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
        else setLibraryVersion((version) => version + 1);
      }),
    [],
  );
  return (
    <SaveTrackerContext value={saveTracker}>
      <div className="app" style={labelColourVariables}>
        <AppHeader />
        <main className="app-main">
          {route.screen === 'article' ? (
            <ArticleView key={route.articleId} articleId={route.articleId} />
          ) : (
            <LibraryView version={libraryVersion} />
          )}
        </main>
      </div>
    </SaveTrackerContext>
  );
}
