import i18next from 'i18next';
import { localToday } from '../../../shared/days.ts';
import { useQuery } from '../../state/queries.ts';
import { lazyPage, type Feature, type NavBadge } from '../feature.ts';
import { overdueCount } from './groups.ts';
import { meetingName, reportSubject } from './labels.ts';

/** The navigation shows how many reports are overdue. */
function useOverdueBadge(): NavBadge | null {
  const { data } = useQuery('reporting.deadlines', { today: localToday() }, { secondary: true });
  const count = data ? overdueCount(data.items) : 0;
  return count > 0 ? { count, label: i18next.t('reporting:overdueBadge', { count }), tone: 'overdue' } : null;
}

export const reportingFeature: Feature = {
  id: 'reporting',
  uses: ['focal-points'],
  nav: { labelKey: 'reporting:nav', useBadge: useOverdueBadge },
  Page: lazyPage(() => import('./ReportingPage.tsx'), 'ReportingPage'),
  namespaces: ['reporting', 'basis'],
  entities: ['meeting', 'membership', 'report', 'reportPart'],
  entityViews: {
    meeting: {
      name: 'reporting:entities.meeting',
      fieldKeys: 'reporting:fields',
      subject: (t, item) => meetingName(t, item.id),
      value: (t, field, value) => (field === 'dates' && typeof value === 'string' ? t(`reporting:meetings.datesState.${value}`, { defaultValue: value }) : null),
      freeText: ['place', 'notes'],
    },
    report: {
      name: 'reporting:entities.report',
      fieldKeys: 'reporting:report.fieldNames',
      subject: (t, item) => reportSubject(t, item.id),
      value: (t, field, value) => (field === 'status' && typeof value === 'string' ? t(`reporting:state.${value}`, { defaultValue: value }) : null),
      freeText: ['overrideReason', 'submissionRef', 'notes'],
    },
    reportPart: {
      name: 'reporting:entities.reportPart',
      fieldKeys: 'reporting:parts.fieldNames',
      subject: (t, item) => [item.rowLabel, item.about.reportId && reportSubject(t, item.about.reportId)].filter(Boolean).join(' · '),
      value: (t, field, value) => (field === 'status' && typeof value === 'string' ? t(`reporting:parts.state.${value}`, { defaultValue: value }) : null),
      freeText: ['title', 'notes'],
    },
  },
};

