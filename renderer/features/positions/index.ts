import i18next from 'i18next';
import { useQuery } from '../../state/queries.ts';
import { lazyPage, type Feature, type NavBadge } from '../feature.ts';

/** The navigation counts the consistency flags nobody has acknowledged. */
function useFlagBadge(): NavBadge | null {
  const flags = useQuery('consistency.check', {}, { secondary: true }).data?.flags ?? [];
  const count = flags.filter((f) => !f.acknowledged).length;
  return count > 0 ? { count, label: i18next.t('positions:flagsBadge', { count }), tone: 'overdue' } : null;
}

export const positionsFeature: Feature = {
  id: 'positions',
  uses: ['reporting', 'focal-points'],
  nav: { labelKey: 'positions:nav', useBadge: useFlagBadge },
  Page: lazyPage(() => import('./PositionsPage.tsx'), 'PositionsPage'),
  namespaces: ['positions', 'reporting', 'reference', 'basis'],
  entities: ['agendaItem', 'position', 'flagAck', 'customTopic'],
  entityViews: {
    agendaItem: { name: 'positions:entities.agendaItem', fieldKeys: 'positions:fields', freeText: ['number', 'title', 'taxon'] },
    position: {
      name: 'positions:entities.position',
      fieldKeys: 'positions:fields',
      value: (t, field, value) =>
        typeof value !== 'string' ? null : field === 'stance' ? t(`positions:stances.${value}`, { defaultValue: value }) : field === 'status' ? t(`positions:states.${value}`, { defaultValue: value }) : null,
      freeText: ['text', 'fallback', 'redLines', 'allies', 'opponents', 'speakingPoints', 'agreedAt'],
    },
    flagAck: { name: 'positions:entities.flagAck', fieldKeys: 'positions:fields', freeText: ['reason'] },
    customTopic: { name: 'positions:entities.customTopic', fieldKeys: 'positions:fields', freeText: ['label'] },
  },
};
