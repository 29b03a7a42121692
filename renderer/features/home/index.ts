import i18next from 'i18next';
import { localToday } from '../../../shared/days.ts';
import { useQuery } from '../../state/queries.ts';
import type { Feature, NavBadge } from '../feature.ts';
import { HomePage } from './HomePage.tsx';

/** The navigation counts what is overdue anywhere. */
function useOverdueBadge(): NavBadge | null {
  const count = useQuery('attention.summary', { today: localToday() }, { secondary: true }).data?.overdue ?? 0;
  return count > 0 ? { count, label: i18next.t('home:overdueBadge', { count }), tone: 'overdue' } : null;
}

export const homeFeature: Feature = {
  id: 'home',
  uses: ['reporting', 'focal-points', 'positions', 'targets', 'sample'],
  nav: { labelKey: 'home:nav', useBadge: useOverdueBadge },
  Page: HomePage,
  namespaces: ['home', 'reporting', 'focal', 'positions', 'frameworks', 'reference', 'sample'],
  entities: [],
};
