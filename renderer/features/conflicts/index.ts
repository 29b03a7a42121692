import i18next from 'i18next';
import { useConflicts } from '../../state/conflicts.ts';
import { lazyPage, type Feature, type NavBadge } from '../feature.ts';

function useConflictBadge(): NavBadge | null {
  const count = useConflicts((s) => new Set(s.items.map((c) => `${c.entity}/${c.id}/${c.field}`)).size);
  return count > 0 ? { count, label: i18next.t('nav.conflictsCount', { count }) } : null;
}

export const conflictsFeature: Feature = {
  id: 'conflicts',
  nav: { labelKey: 'nav.conflicts', useBadge: useConflictBadge },
  Page: lazyPage(() => import('./ConflictsPage.tsx'), 'ConflictsPage'),
  namespaces: ['conflicts'],
  entities: ['person', 'institution', 'membership', 'designation', 'nationalTarget', 'alignment', 'crosswalkEdit'],
  start: () => useConflicts.getState().reload(),
};
