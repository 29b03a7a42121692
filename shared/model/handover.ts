import { z } from 'zod';
import { designation } from './designations.ts';
import { checklist } from './onboarding.ts';
import { agendaItem, position } from './positions.ts';
import { meeting } from './reporting.ts';
import { reportItem } from './reports.ts';
import { importLogEntry } from './sync.ts';
import { action } from './working-group.ts';

// The handover pack of a designation: everything the role holds, for whoever takes it up — who
// held it before and who holds it now, its deadlines and drafts, positions and actions in flight,
// the people to know, the bundles lately exchanged, and the onboarding checklist.

export const contact = z.object({
  personId: z.string(),
  name: z.string().nullable(),
  institutionName: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  /** the focal-point role that makes them a contact (focal points) */
  roleId: z.string().nullable(),
  /** their seat in the working group (members) */
  groupRole: z.string().nullable(),
});
export type Contact = z.infer<typeof contact>;

export const handoverPack = z.object({
  designation,
  /** the designation of the same role that ended before this one started (null: none recorded) */
  predecessor: designation.nullable(),
  /** who holds the role today (this designation, or its successor) */
  current: z.array(designation),
  /** what the role owes: the convention's reports not submitted (overdue, due within two years, or undated), and every report the role owns */
  deadlines: z.array(z.object({ report: reportItem, owned: z.boolean() })),
  /** reports being drafted or reviewed, with how many answers their draft holds */
  drafts: z.array(z.object({ report: reportItem, answers: z.number().int() })),
  /** draft and agreed positions for the convention's meetings still to come */
  positions: z.array(z.object({ meeting, item: agendaItem, position })),
  /** open actions owned by the holder or the predecessor, or raised at the convention's meetings */
  actions: z.array(action),
  contacts: z.object({ focalPoints: z.array(contact), workingGroup: z.array(contact) }),
  bundles: z.object({
    imports: z.array(importLogEntry),
    /** the last delta export to each peer and scope ("@sync-folder": the sync folder's own) */
    exports: z.array(z.object({ peer: z.string(), conventions: z.array(z.string()), entities: z.array(z.string()), exportedAt: z.string() })),
  }),
  checklist,
});
export type HandoverPack = z.infer<typeof handoverPack>;
