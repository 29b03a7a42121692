import { z } from 'zod';
import { meeting, meetingSave } from '../model/reporting.ts';
import { reportId, reportItem, reportPartSave, reportSave } from '../model/reports.ts';
import { todayInput } from '../model/focal-points.ts';
import { LANGUAGES } from '../i18n-languages.ts';
import { empty, fileOut, fieldChange } from './common.ts';
import { read, write } from './define.ts';

// The national reporting calendar: the reports the country owes to the conventions it takes part
// in, from rules and meetings, with their status, owner and delegated parts; the meetings
// themselves, which the user corrects.

const shown = ['meeting', 'membership', 'report', 'reportPart', 'designation', 'person'] as const;
const partId = z.strictObject({ id: z.uuid() });

export const reportingChannels = {
  'reporting.deadlines': read(todayInput, z.object({ from: z.string(), to: z.string(), items: z.array(reportItem) }), shown),
  'reporting.calendar': read(todayInput.extend({ language: z.enum(LANGUAGES).optional() }), fileOut, shown),
  'reports.save': write(reportSave, reportItem),
  'reports.history': read(z.strictObject({ id: reportId }), z.array(fieldChange), ['report']),
  'reports.parts.save': write(reportPartSave, reportItem),
  'reports.parts.delete': write(partId, reportItem),
  'reports.parts.restore': write(partId, reportItem),
  'meetings.list': read(empty, z.array(meeting), ['meeting']),
  'meetings.save': write(meetingSave, z.array(meeting)),
};
