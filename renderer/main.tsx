import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Imported first so the web-mode token leaves the URL before anything reads the fragment.
import './app/api';
import { App } from './app/App';
import { initI18n } from './app/i18n';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

void initI18n().then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
