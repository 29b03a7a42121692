import { z } from 'zod';
import { isoDate, longText, type EntityDef, type FieldDef } from './fields.ts';

// Which conventions, protocols and agreements the country is Party or Signatory to. One synced row
// per instrument, whose id is the reference id ('cites', 'cbd:nagoya', 'cms:aewa'), so two desks
// recording the same membership edit the same row.

export const MEMBERSHIP_STATUSES = ['party', 'signatory', 'not_party'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const membershipFields = {
  status: { schema: z.enum(MEMBERSHIP_STATUSES, { error: 'invalid' }) },
  /** the convention the instrument belongs to (for scoped exports) */
  convention: { schema: z.string().regex(/^[a-z0-9-]{1,32}$/, { error: 'invalid' }) },
  since: { schema: isoDate() },
  notes: { schema: longText() },
} satisfies Record<string, FieldDef>;

export const membershipInput = z.strictObject({
  instrumentId: z.string().max(64),
  status: membershipFields.status.schema,
  since: membershipFields.since.schema.optional(),
  notes: membershipFields.notes.schema.optional(),
});

export const membership = z.object({
  instrumentId: z.string(),
  convention: z.string(),
  status: z.enum(MEMBERSHIP_STATUSES).nullable(),
  since: z.string().nullable(),
  notes: z.string().nullable(),
});
export type Membership = z.infer<typeof membership>;

export const membershipEntities = { membership: { table: 'membership', fields: membershipFields, conventionField: 'convention' } } satisfies Record<string, EntityDef>;
