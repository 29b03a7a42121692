import { z } from 'zod';
import { email, inputOf, languageList, longText, phone, refId, requiredText, shortText, type EntityDef, type FieldDef } from './fields.ts';

export const personFields = {
  /** how the person is addressed: "Dr", "Ms", "H.E." */
  honorific: { schema: shortText(40) },
  name: { schema: requiredText(), searchable: true },
  title: { schema: shortText(), searchable: true },
  /** the department, division or unit within the institution */
  department: { schema: shortText(), searchable: true },
  institutionId: { schema: refId(), ref: 'institution' },
  /** postal address, as written (several lines) */
  address: { schema: shortText(500) },
  email: { schema: email(), searchable: true },
  phone: { schema: phone() },
  fax: { schema: phone() },
  languages: { schema: languageList(), json: true },
  notes: { schema: longText() },
} satisfies Record<string, FieldDef>;

export const personInput = inputOf(personFields, ['name']);
export const personPatch = personInput.partial();

export const person = z.object({
  id: z.string(),
  honorific: z.string().nullable(),
  name: z.string().nullable(),
  title: z.string().nullable(),
  department: z.string().nullable(),
  institutionId: z.string().nullable(),
  institutionName: z.string().nullable(),
  /** the institution this person points to was deleted (it can be restored) */
  institutionDeleted: z.boolean(),
  address: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  fax: z.string().nullable(),
  languages: z.array(z.string()),
  notes: z.string().nullable(),
  deleted: z.boolean(),
});
export type Person = z.infer<typeof person>;
export type PersonInput = z.input<typeof personInput>;

export const peopleEntities = { person: { table: 'person', fields: personFields } } satisfies Record<string, EntityDef>;
