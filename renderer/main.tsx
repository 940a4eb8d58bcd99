import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Imported first so the web-mode token leaves the URL before anything reads the fragment.
import './app/api';
// The shell's tokens and base rules, then the shared pieces, load before App, whose screens
// import their own style sheets: a screen's rule then wins over a base rule it refines.
import './app/app.css';
import './ui/ui.css';
import { App } from './app/App';
import { initI18n } from './app/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

void initI18n().then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
