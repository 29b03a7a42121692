import i18next from 'i18next';
import { useFocalPoints } from '../../state/focal-points.ts';
import { lazyPage, type Feature, type NavBadge } from '../feature.ts';
import { instrumentName, roleTitle } from './roles.ts';

function useVacancyBadge(): NavBadge | null {
  const count = useFocalPoints((s) => s.vacancies?.total ?? 0);
  return count > 0 ? { count, label: i18next.t('focal:vacancies', { count }), tone: 'vacancy' } : null;
}

export const focalPointsFeature: Feature = {
  id: 'focal-points',
  uses: ['directory', 'onboarding'],
  nav: { labelKey: 'nav.focal-points', useBadge: useVacancyBadge },
  Page: lazyPage(() => import('./FocalPointsPage.tsx'), 'FocalPointsPage'),
  namespaces: ['focal', 'reference', 'basis', 'onboarding'],
  entities: ['designation', 'membership', 'person', 'institution'],
  start: () => useFocalPoints.getState().reload(),
  entityViews: {
    designation: {
      name: 'focal:entities.designation',
      fieldKeys: 'conflicts:fields.designation',
      subject: (t, item) => [item.rowLabel, item.about.roleId && roleTitle(t, item.about.roleId), item.about.instrumentId && instrumentName(t, item.about.instrumentId)].filter(Boolean).join(' · '),
      value: (t, field, value) => (typeof value !== 'string' ? null : field === 'roleId' ? roleTitle(t, value) : field === 'instrumentId' ? instrumentName(t, value) : null),
      freeText: ['source', 'notes'],
    },
    membership: {
      name: 'focal:entities.membership',
      fieldKeys: 'conflicts:fields.membership',
      subject: (t, item) => (item.about.instrumentId ? instrumentName(t, item.about.instrumentId) : ''),
      value: (t, field, value) => (field === 'status' && typeof value === 'string' ? t(`focal:membership.${value}`, { defaultValue: value }) : null),
      freeText: ['notes'],
    },
  },
};
