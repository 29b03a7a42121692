import { z } from 'zod';
import { email, inputOf, longText, phone, requiredText, shortText, url, type EntityDef, type FieldDef } from './fields.ts';

export const institutionFields = {
  name: { schema: requiredText(), searchable: true },
  acronym: { schema: shortText(40), searchable: true },
  email: { schema: email(), searchable: true },
  phone: { schema: phone() },
  website: { schema: url() },
  address: { schema: shortText(500) },
  notes: { schema: longText() },
} satisfies Record<string, FieldDef>;

export const institutionInput = inputOf(institutionFields, ['name']);
export const institutionPatch = institutionInput.partial();

export const institution = z.object({
  id: z.string(),
  name: z.string().nullable(),
  acronym: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  address: z.string().nullable(),
  notes: z.string().nullable(),
  deleted: z.boolean(),
  peopleCount: z.number().int().optional(),
});
export type Institution = z.infer<typeof institution>;
export type InstitutionInput = z.input<typeof institutionInput>;

export const institutionEntities = { institution: { table: 'institution', fields: institutionFields } } satisfies Record<string, EntityDef>;
