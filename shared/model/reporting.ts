import { z } from 'zod';
import { conventionIds } from '../reference/conventions.ts';
import { isoDate, longText, shortText, type EntityDef, type FieldDef } from './fields.ts';
import { reportsEntities } from './reports.ts';

// Meetings of the governing bodies as synced data: the shipped ones (shared/reference/meetings.ts)
// corrected by the user, and ones the user adds. A meeting's id is its convention or instrument,
// body and number ("cms:cop15", "cms:aewa:mop9"), so two desks recording the same meeting edit one row.

export const MEETING_BODIES = ['cop', 'mop'] as const;
export const DATE_STATES = ['confirmed', 'provisional'] as const;

export const meetingFields = {
  convention: { schema: z.enum(conventionIds as [string, ...string[]], { error: 'invalid' }) },
  instrumentId: { schema: z.preprocess((v) => (v === '' ? null : v), z.string().max(64).nullable()) },
  body: { schema: z.enum(MEETING_BODIES, { error: 'invalid' }) },
  number: { schema: z.number({ error: 'invalid' }).int({ error: 'invalid' }).min(1, { error: 'invalid' }).max(200, { error: 'invalid' }) },
  place: { schema: shortText(200), searchable: true },
  year: { schema: z.number({ error: 'invalid' }).int({ error: 'invalid' }).min(1970, { error: 'invalid' }).max(2100, { error: 'invalid' }) },
  start: { schema: isoDate() },
  end: { schema: isoDate() },
  dates: { schema: z.enum(DATE_STATES, { error: 'invalid' }) },
  notes: { schema: longText() },
} satisfies Record<string, FieldDef>;

export const reportingEntities = { meeting: { table: 'meeting', fields: meetingFields, conventionField: 'convention' }, ...reportsEntities } satisfies Record<string, EntityDef>;

export const meetingId = z.string().regex(/^[a-z0-9-]+(:[a-z0-9-]+)?:(cop|mop)[0-9]{1,3}$/, { error: 'invalid' });

/** A meeting's dates as the user corrects them; the end may not come before the start. */
export const meetingSave = z
  .strictObject({
    id: meetingId,
    place: meetingFields.place.schema.optional(),
    start: meetingFields.start.schema.optional(),
    end: meetingFields.end.schema.optional(),
    dates: meetingFields.dates.schema.optional(),
    notes: meetingFields.notes.schema.optional(),
  })
  .refine((m) => !m.start || !m.end || m.end >= m.start, { error: 'end_before_start', path: ['end'] });

export const meeting = z.object({
  id: z.string(),
  convention: z.string(),
  instrumentId: z.string().nullable(),
  body: z.enum(MEETING_BODIES),
  number: z.number().int(),
  place: z.string().nullable(),
  year: z.number().int(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  dates: z.enum(DATE_STATES),
  /** shipped with the desk (and perhaps corrected), or added by a user */
  shipped: z.boolean(),
  /** the desk's fields the user changed on a shipped meeting */
  corrected: z.boolean(),
});
export type Meeting = z.infer<typeof meeting>;
