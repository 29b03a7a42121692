import { z } from 'zod';
import { isoDate, refId, type EntityDef, type FieldDef } from './fields.ts';

// A ticked item of a designation's onboarding checklist (shared/reference/onboarding.ts). One row
// per designation and item, its id "<designationId>__<itemKey>", so that two desks ticking the same
// item edit one row. Unticking keeps the row and clears the day.

const itemKey = z.string({ error: 'required' }).regex(/^[a-z0-9_]{1,40}\.[a-z0-9_]{1,40}$/, { error: 'invalid' });

export const onboardingTickFields = {
  designationId: { schema: refId(), ref: 'designation' },
  itemKey: { schema: itemKey },
  /** the designation's convention, stored so that exports can be scoped by convention */
  convention: { schema: z.string().regex(/^[a-z0-9-]{1,32}$/, { error: 'invalid' }) },
  /** the day it was done; null: not (or no longer) done */
  doneOn: { schema: isoDate() },
  /** who ticked it: the person who uses the desk, when Settings says who */
  doneById: { schema: refId(), ref: 'person' },
} satisfies Record<string, FieldDef>;

export const onboardingEntities = {
  onboardingTick: { table: 'onboarding_tick', fields: onboardingTickFields, conventionField: 'convention', labelField: 'itemKey' },
} satisfies Record<string, EntityDef>;

export const tickIdOf = (designationId: string, key: string) => `${designationId}__${key}`;

export const tickInput = z.strictObject({
  designationId: z.uuid({ error: 'invalid' }),
  itemKey,
  done: z.boolean(),
});

export const checklistItem = z.object({
  key: z.string(),
  /** where a role's item comes from; null for the common items */
  basis: z.string().nullable(),
  confidence: z.enum(['high', 'medium', 'low']).nullable(),
  doneOn: z.string().nullable(),
  doneById: z.string().nullable(),
  doneByName: z.string().nullable(),
});
export type ChecklistItem = z.infer<typeof checklistItem>;

export const progress = z.object({ done: z.number().int(), total: z.number().int() });
export type Progress = z.infer<typeof progress>;

export const checklist = progress.extend({
  designationId: z.string(),
  roleId: z.string().nullable(),
  items: z.array(checklistItem),
});
export type Checklist = z.infer<typeof checklist>;

export const designationProgress = progress.extend({ designationId: z.string() });
