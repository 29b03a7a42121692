import { z } from 'zod';
import { deadline, meeting, meetingSave } from '../model/reporting.ts';
import { todayInput } from '../model/focal-points.ts';
import { LANGUAGES } from '../i18n-languages.ts';
import { empty, fileOut } from './common.ts';
import { read, write } from './define.ts';

// The national reporting calendar: deadlines of the conventions the country takes part in, from
// rules and meetings; the meetings themselves, which the user corrects.

export const reportingChannels = {
  'reporting.deadlines': read(todayInput, z.object({ from: z.string(), to: z.string(), items: z.array(deadline) }), ['meeting', 'membership']),
  'reporting.calendar': read(todayInput.extend({ language: z.enum(LANGUAGES).optional() }), fileOut, ['meeting', 'membership']),
  'meetings.list': read(empty, z.array(meeting), ['meeting']),
  'meetings.save': write(meetingSave, z.array(meeting)),
};
