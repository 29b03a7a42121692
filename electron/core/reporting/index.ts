import { reportingChannels } from '../../../shared/contract/reporting.ts';
import { defineArea } from '../area.ts';
import sql from './migrations/0006_reporting.ts';
import { reportingCalendar } from './calendar.ts';
import { listMeetings, reportingDeadlines, saveMeeting } from './service.ts';

/** The national reporting calendar: deadlines from obligation rules and meetings. */
export const reportingArea = defineArea({
  name: 'reporting',
  uses: ['membership'],
  channels: reportingChannels,
  handlers: {
    'reporting.deadlines': (s, i) => reportingDeadlines(s, i.today),
    'reporting.calendar': (s, i) => reportingCalendar(s, i.language, i.today),
    'meetings.list': (s) => listMeetings(s),
    'meetings.save': (s, i) => saveMeeting(s, i),
  },
  entities: ['meeting'],
  migrations: [{ version: 6, name: '0006_reporting', sql }],
  // a meeting row's id names it ("cms:cop15"); the interface translates it
  describe: { meeting: (_s, id) => ({ rowLabel: id, about: {} }) },
});
