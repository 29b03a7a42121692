import i18next from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InstitutionsPage } from '../features/institutions/InstitutionsPage.tsx';
import { PeoplePage } from '../features/people/PeoplePage.tsx';
import { ConflictsPage } from '../features/conflicts/ConflictsPage.tsx';
import { FocalPointsPage } from '../features/focal-points/FocalPointsPage.tsx';
import { TargetsPage } from '../features/targets/TargetsPage.tsx';
import { SettingsPage } from '../features/settings/SettingsPage.tsx';
import { SyncPage } from '../features/sync/SyncPage.tsx';
import { useConflicts } from '../state/conflicts.ts';
import { useFocalPoints } from '../state/focal-points.ts';
import { WelcomeDialog } from '../features/settings/WelcomeDialog.tsx';
import { useRoute, type Area } from '../state/route.ts';
import { useSettings } from '../state/settings.ts';
import { errorMessage } from '../ui/errors.ts';
import { Toasts } from '../ui/Toasts.tsx';
import { countryName } from '../i18n/index.ts';

const NAV: Area[] = ['focal-points', 'targets', 'people', 'institutions', 'sync', 'conflicts', 'settings'];

export function App() {
  const { t, i18n } = useTranslation();
  const { area, go } = useRoute();
  const { settings, load } = useSettings();
  const [startError, setStartError] = useState<string | null>(null);
  const conflictCount = useConflicts((s) => new Set(s.items.map((c) => `${c.entity}/${c.id}/${c.field}`)).size);
  const vacancyCount = useFocalPoints((s) => s.vacancies?.total ?? 0);

  // once at start (not again when the language, and so `t`, changes)
  useEffect(() => {
    load()
      .then(() => Promise.all([useConflicts.getState().reload(), useFocalPoints.getState().reload()]))
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

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <nav className="sidebar" aria-label={t('nav.label')}>
        <div className="brand">
          <span className="brand__name">{t('appName')}</span>
          {settings.country && <span className="brand__country">{countryName(settings.country, i18n.language)}</span>}
        </div>
        <ul>
          {NAV.map((a) => (
            <li key={a}>
              <a
                href={`#/${a}`}
                className={`nav-link${area === a ? ' nav-link--active' : ''}`}
                aria-current={area === a ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  go(a);
                }}
              >
                {t(`nav.${a}`)}
                {a === 'focal-points' && vacancyCount > 0 && (
                  <span className="nav-badge nav-badge--vacancy" aria-label={t('focal:vacancies', { count: vacancyCount })}>
                    {vacancyCount}
                  </span>
                )}
                {a === 'conflicts' && conflictCount > 0 && (
                  <span className="nav-badge" aria-label={t('nav.conflictsCount', { count: conflictCount })}>
                    {conflictCount}
                  </span>
                )}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        {area === 'focal-points' && <FocalPointsPage />}
        {area === 'targets' && <TargetsPage />}
        {area === 'people' && <PeoplePage />}
        {area === 'institutions' && <InstitutionsPage />}
        {area === 'sync' && <SyncPage />}
        {area === 'conflicts' && <ConflictsPage />}
        {area === 'settings' && <SettingsPage />}
      </main>
      <Toasts />
      {!settings.country && <WelcomeDialog />}
    </div>
  );
}
