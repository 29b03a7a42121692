import type { Feature } from '../feature.ts';
import { meetingName } from './labels.ts';
import { ReportingPage } from './ReportingPage.tsx';

export const reportingFeature: Feature = {
  id: 'reporting',
  nav: { labelKey: 'reporting:nav' },
  Page: ReportingPage,
  namespaces: ['reporting'],
  entities: ['meeting', 'membership'],
  entityViews: {
    meeting: {
      name: 'reporting:entities.meeting',
      fieldKeys: 'reporting:fields',
      subject: (t, item) => meetingName(t, item.id),
      value: (t, field, value) => (field === 'dates' && typeof value === 'string' ? t(`reporting:meetings.datesState.${value}`, { defaultValue: value }) : null),
      freeText: ['place', 'notes'],
    },
  },
};
