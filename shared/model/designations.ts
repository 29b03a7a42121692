import { z } from 'zod';
import { isoDate, longText, refId, requiredIsoDate, shortText, type EntityDef, type FieldDef } from './fields.ts';

// A person holding a focal-point role for a convention, from a date until a date.

const roleIdSchema = z.string({ error: 'required' }).regex(/^[a-z0-9-]+:role:[a-z0-9-]+$/, { error: 'role_invalid' });

export const designationFields = {
  personId: { schema: refId(), ref: 'person' },
  roleId: { schema: roleIdSchema },
  /** the role's convention, stored so that exports can be scoped by convention */
  convention: { schema: z.string().regex(/^[a-z0-9-]{1,32}$/, { error: 'invalid' }) },
  /** for roles about one agreement or MOU (e.g. AEWA) */
  instrumentId: { schema: z.preprocess((v) => (v === '' ? null : v), z.string().max(64).nullable()) },
  startDate: { schema: isoDate() },
  endDate: { schema: isoDate() },
  /** when the secretariat was told of this designation */
  notifiedDate: { schema: isoDate() },
  source: { schema: shortText(500), searchable: true },
  notes: { schema: longText() },
} satisfies Record<string, FieldDef>;

const designationShape = {
  personId: z.uuid({ error: 'required' }),
  roleId: roleIdSchema,
  instrumentId: designationFields.instrumentId.schema.optional(),
  startDate: requiredIsoDate(),
  endDate: designationFields.endDate.schema.optional(),
  notifiedDate: designationFields.notifiedDate.schema.optional(),
  source: designationFields.source.schema.optional(),
  notes: designationFields.notes.schema.optional(),
};
const endAfterStart = (d: { startDate?: string | null; endDate?: string | null }) => !d.endDate || !d.startDate || d.endDate >= d.startDate;

/** A designation as the Designate form records it: the first day is known. */
export const designationInput = z.strictObject(designationShape).refine(endAfterStart, { error: 'end_before_start', path: ['endDate'] });

/** A designation from a contact list, whose first day may not be known (null: shown as "not known", never as today). */
export const designationRecordInput = z
  .strictObject({ ...designationShape, startDate: designationFields.startDate.schema.optional() })
  .refine(endAfterStart, { error: 'end_before_start', path: ['endDate'] });

export const designationPatch = z
  .strictObject({
    personId: z.uuid({ error: 'required' }).optional(),
    roleId: roleIdSchema.optional(),
    instrumentId: designationFields.instrumentId.schema.optional(),
    startDate: designationFields.startDate.schema.optional(),
    endDate: designationFields.endDate.schema.optional(),
    notifiedDate: designationFields.notifiedDate.schema.optional(),
    source: designationFields.source.schema.optional(),
    notes: designationFields.notes.schema.optional(),
  })
  .refine((d) => !d.endDate || !d.startDate || d.endDate >= d.startDate, { error: 'end_before_start', path: ['endDate'] });

export const designation = z.object({
  id: z.string(),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  /** the person this designation points to was deleted (it can be restored) */
  personDeleted: z.boolean(),
  institutionId: z.string().nullable(),
  institutionName: z.string().nullable(),
  roleId: z.string().nullable(),
  convention: z.string().nullable(),
  instrumentId: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  notifiedDate: z.string().nullable(),
  source: z.string().nullable(),
  notes: z.string().nullable(),
  /** active today: started, not ended */
  active: z.boolean(),
  deleted: z.boolean(),
});
export type Designation = z.infer<typeof designation>;

export const handoverInput = z.strictObject({
  id: z.uuid(),
  /** the successor's first day; the outgoing holder's designation ends the day before */
  date: requiredIsoDate(),
  successorId: z.uuid({ error: 'required' }),
  notifiedDate: isoDate().optional(),
  source: shortText(500).optional(),
});

export const focalPointsEntities = { designation: { table: 'designation', fields: designationFields, conventionField: 'convention' } } satisfies Record<string, EntityDef>;
