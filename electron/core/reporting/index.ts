import { reportingChannels } from '../../../shared/contract/reporting.ts';
import { defineArea } from '../area.ts';
import { stmt } from '../db/sql.ts';
import meetingsSql from './migrations/0006_reporting.ts';
import reportsSql from './migrations/0007_reports.ts';
import { reportingCalendar } from './calendar.ts';
import { deleteReportPart, restoreReportPart, saveReportPart } from './parts.ts';
import { listReports, reportHistory, saveReport } from './reports.ts';
import { listMeetings, saveMeeting } from './service.ts';

/** The national reporting calendar: reports owed, from obligation rules and meetings, and their progress. */
export const reportingArea = defineArea({
  name: 'reporting',
  uses: ['membership', 'focal-points'],
  channels: reportingChannels,
  handlers: {
    'reporting.deadlines': (s, i) => listReports(s, i.today),
    'reporting.calendar': (s, i) => reportingCalendar(s, i.language, i.today),
    'reports.save': (s, i) => saveReport(s, i),
    'reports.history': (s, i) => reportHistory(s, i.id),
    'reports.parts.save': (s, i) => saveReportPart(s, i),
    'reports.parts.delete': (s, i) => deleteReportPart(s, i.id),
    'reports.parts.restore': (s, i) => restoreReportPart(s, i.id),
    'meetings.list': (s) => listMeetings(s),
    'meetings.save': (s, i) => saveMeeting(s, i),
  },
  entities: ['meeting', 'report', 'reportPart'],
  migrations: [
    { version: 6, name: '0006_reporting', sql: meetingsSql },
    { version: 7, name: '0007_reports', sql: reportsSql },
  ],
  describe: {
    // a meeting's or a report's id names it ("cms:cop15", "cites:annual-trade__2025"); the interface translates it
    meeting: (_s, id) => ({ rowLabel: id, about: {} }),
    report: (_s, id) => ({ rowLabel: id, about: {} }),
    reportPart: (s, id) => {
      const r = stmt(s.db, 'SELECT title, reportId FROM report_part WHERE id = ?').get(id) as { title: string | null; reportId: string | null } | undefined;
      return { rowLabel: r?.title ?? null, about: { reportId: r?.reportId ?? null } };
    },
  },
});
