import i18next from 'i18next';
import { Suspense, useDeferredValue, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { startChanges } from '../api/changes.ts';
import { EntityViewsContext } from '../features/entity-views.ts';
import { preloadPages } from '../features/feature.ts';
import { WelcomeDialog } from '../features/settings/WelcomeDialog.tsx';
import { countryName } from '../i18n/index.ts';
import { afterPrimaryReads, useQuery } from '../state/queries.ts';
import { useRoute } from '../state/route.ts';
import { useSettings } from '../state/settings.ts';
import { errorMessage } from '../ui/errors.ts';
import { Toasts } from '../ui/Toasts.tsx';
import { entityViews, DEFAULT_ROUTE, features } from './features.ts';
import { useDesktopIntegration } from './desktop.ts';
import { Nav } from './Nav.tsx';

export function App() {
  const { t, i18n } = useTranslation();
  const area = useRoute((s) => s.area);
  // the new page renders in the background, in slices: opening a long page never freezes the window
  const shownArea = useDeferredValue(area);
  const { settings, load } = useSettings();
  const [startError, setStartError] = useState<string | null>(null);
  const sampleActive = useQuery('sample.status', {}).data?.active ?? false;
  useDesktopIntegration();

  // once at start (not again when the language, and so `t`, changes)
  useEffect(() => {
    startChanges();
    // main.tsx loaded them before the first render; a failure there is tried again here, and said
    (useSettings.getState().settings ? Promise.resolve() : load())
      // the features' background state (vacancies, conflicts) after the first screen's reads
      .then(() => new Promise<void>((done) => afterPrimaryReads(done)))
      .then(() => Promise.all(features.map((f) => f.start?.())))
      .then(() => setTimeout(preloadPages, 500))
      .catch((err: unknown) => setStartError(errorMessage(i18next.t, err)));
  }, [load]);

  if (startError) {
    return (
      <main className="start-error" role="alert">
        <h1>{t('appName')}</h1>
        <p>{startError}</p>
      </main>
    );
  }
  if (!settings) return <p className="loading">{t('status.loading')}</p>;

  const shown = features.find((f) => f.id === shownArea && f.Page) ?? features.find((f) => f.id === DEFAULT_ROUTE)!;
  const Page = shown.Page!;
  return (
    <EntityViewsContext.Provider value={entityViews}>
      <div className="shell">
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <nav className="sidebar" aria-label={t('nav.label')}>
          <div className="brand">
            <span className="brand__name">{t('appName')}</span>
            {sampleActive ? (
              <span className="brand__country brand__country--sample">{t('sample:brand', { country: t('sample:country') })}</span>
            ) : (
              settings.country && <span className="brand__country">{countryName(settings.country, i18n.language)}</span>
            )}
          </div>
          <Nav features={features} current={shown.id} />
        </nav>
        <main id="main" className="content" tabIndex={-1} data-area={shown.id}>
          {features.map((f) => f.Banner && <f.Banner key={f.id} />)}
          <Suspense fallback={<p className="loading">{t('status.loading')}</p>}>
            <Page />
          </Suspense>
        </main>
        <Toasts />
        {!settings.country && !sampleActive && <WelcomeDialog />}
      </div>
    </EntityViewsContext.Provider>
  );
}
