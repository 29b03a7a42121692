// first: the first screen's reads leave before the rest of the script is evaluated
import './app/first-reads.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { initI18n } from './i18n/index.ts';
import { primeEarlyReads } from './state/queries.ts';
import { useSettings } from './state/settings.ts';
import './ui/styles.css';

await initI18n();
// the settings (and so the language) and the first page's data, answered meanwhile, are there for
// the first render: the screen appears whole, not in three passes. A failure is said by App.
await Promise.all([useSettings.getState().load(), primeEarlyReads()]).catch(() => undefined);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
