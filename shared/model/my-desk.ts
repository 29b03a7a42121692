import { z } from 'zod';
import { training } from './capacity.ts';
import { designation } from './designations.ts';
import { progress } from './onboarding.ts';
import { reportItem, reportPart } from './reports.ts';
import { action } from './working-group.ts';

// "My desk": what the person who uses this desk holds — their designations with how far each
// onboarding has come, the reports they own, the report parts assigned to them, their open
// follow-up actions and the trainings they attended.

export const myDesk = z.object({
  /** null: Settings does not say who uses this desk (or that person was deleted) */
  me: z.object({ personId: z.string(), name: z.string().nullable() }).nullable(),
  /** designations not ended (a designation starting later is there too: onboarding begins before) */
  designations: z.array(z.object({ designation, progress })),
  /** reports still owed that one of their designations owns (after a handover, the successor's) */
  reports: z.array(reportItem),
  /** open parts of any report assigned to them, with the report they belong to */
  parts: z.array(z.object({ part: reportPart, report: reportItem.pick({ id: true, obligationId: true, period: true, meetingId: true, convention: true }) })),
  actions: z.array(action),
  trainings: z.array(training),
});
export type MyDesk = z.infer<typeof myDesk>;
