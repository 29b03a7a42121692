import i18next, { type TFunction } from 'i18next';
import { localToday } from '../../../shared/days.ts';
import { useQuery } from '../../state/queries.ts';
import { lazyPage, type Feature, type NavBadge } from '../feature.ts';

/** The navigation counts the follow-up actions past their due date. */
function useOverdueActions(): NavBadge | null {
  const count = (useQuery('actions.list', { today: localToday() }, { secondary: true }).data ?? []).filter((a) => a.overdue).length;
  return count > 0 ? { count, label: i18next.t('group:overdueBadge', { count }), tone: 'overdue' } : null;
}

// codes in words: an action's or a paragraph's status, a paragraph's kind, a member's role
const stateValue = (prefix: string) => (t: TFunction, field: string, value: unknown) =>
  typeof value === 'string' && (field === 'status' || field === 'kind' || field === 'role') ? t(`group:${prefix}.${field === 'status' ? 'state' : field}.${value}`, { defaultValue: value }) : null;

export const workingGroupFeature: Feature = {
  id: 'working-group',
  uses: ['focal-points', 'reporting'],
  nav: { labelKey: 'group:nav', useBadge: useOverdueActions },
  Page: lazyPage(() => import('./WorkingGroupPage.tsx'), 'WorkingGroupPage'),
  namespaces: ['group', 'reporting', 'focal'],
  entities: ['wgMember', 'wgMeeting', 'action', 'decision', 'decisionParagraph'],
  entityViews: {
    wgMember: { name: 'group:entities.wgMember', fieldKeys: 'group:members.fields', value: stateValue('members'), freeText: ['notes'] },
    wgMeeting: { name: 'group:entities.wgMeeting', fieldKeys: 'group:meetings.fields', freeText: ['title', 'place', 'minutes', 'decisionsTaken'] },
    action: { name: 'group:entities.action', fieldKeys: 'group:actions.fields', value: stateValue('actions'), freeText: ['title', 'notes'] },
    decision: { name: 'group:entities.decision', fieldKeys: 'group:decisions.fields', freeText: ['number', 'title'] },
    decisionParagraph: { name: 'group:entities.decisionParagraph', fieldKeys: 'group:decisions.fields', value: stateValue('decisions'), freeText: ['number', 'text'] },
  },
};
