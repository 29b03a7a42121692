import i18next, { type TFunction } from 'i18next';
import { scopeAbbreviation } from '../../../shared/reference/conventions.ts';
import { useQuery } from '../../state/queries.ts';
import { lazyPage, type Feature, type NavBadge } from '../feature.ts';

/** The navigation counts the needs still open (as the working group counts its overdue actions). */
function useOpenNeeds(): NavBadge | null {
  const count = useQuery('capacity.needs.list', { status: 'open' }, { secondary: true }).data?.length ?? 0;
  return count > 0 ? { count, label: i18next.t('capacity:openBadge', { count }) } : null;
}

// codes in words: a training's kind and mode, a need's priority and status; a convention by its abbreviation
const CODES: Record<string, string> = { kind: 'trainings.kind', mode: 'trainings.mode', priority: 'needs.priority', status: 'needs.state' };
const codeValue = (t: TFunction, field: string, value: unknown) => {
  if (typeof value !== 'string') return null;
  if (field === 'convention') return scopeAbbreviation(value);
  return CODES[field] ? t(`capacity:${CODES[field]}.${value}`, { defaultValue: value }) : null;
};

export const capacityFeature: Feature = {
  id: 'capacity',
  nav: { labelKey: 'capacity:nav', useBadge: useOpenNeeds },
  Page: lazyPage(() => import('./CapacityPage.tsx'), 'CapacityPage'),
  namespaces: ['capacity', 'reference'],
  entities: ['training', 'capacityNeed'],
  entityViews: {
    training: { name: 'capacity:entities.training', fieldKeys: 'capacity:trainings.fields', value: codeValue, freeText: ['title', 'organiser', 'place', 'notes'] },
    capacityNeed: { name: 'capacity:entities.capacityNeed', fieldKeys: 'capacity:needs.fields', value: codeValue, freeText: ['title', 'description', 'forWhom'] },
  },
};
