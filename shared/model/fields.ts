import { z } from 'zod';

export interface FieldDef {
  schema: z.ZodType;
  /** the entity this field points to, when it holds an id (a registry entity name) */
  ref?: string;
  /** the entity the ids of a list field point to */
  listRef?: string;
  /** folded into the row's search text */
  searchable?: boolean;
  /** stored as JSON text (lists) */
  json?: boolean;
}

/** A synced entity as an area declares it: its table, its fields, and how its rows are named. */
export interface EntityDef {
  table: string;
  fields: Record<string, FieldDef>;
  /** the field that says which convention a row belongs to (for exports scoped by convention) */
  conventionField?: string;
  /** the column that names a row where another row points to it (default: name) */
  labelField?: string;
}

// Field kinds of synced entities. Messages are translation keys under errors:field.*
export { MESSAGE_KEYS, type FieldMessageKey } from './field-messages.ts';

const emptyToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim() : v);

export const shortText = (max = 300) => z.preprocess(emptyToNull, z.string().max(max, { error: 'too_long' }).nullable());
export const requiredText = (max = 300) =>
  z.preprocess(emptyToNull, z.string({ error: 'required' }).min(1, { error: 'required' }).max(max, { error: 'too_long' }));
export const longText = () => shortText(20_000);
export const email = () => z.preprocess(emptyToNull, z.email({ error: 'email_invalid' }).max(254, { error: 'too_long' }).nullable());
export const phone = () =>
  z.preprocess(emptyToNull, z.string().max(60, { error: 'too_long' }).regex(/^[+0-9 ()./-]*(\s*(ext|x)\.?\s*\d+)?$/i, { error: 'phone_invalid' }).nullable());
export const url = () =>
  z.preprocess(
    emptyToNull,
    z
      .string()
      .max(2000, { error: 'too_long' })
      .refine((v) => /^https?:\/\//i.test(v) && URL.canParse(v), { error: 'url_invalid' })
      .nullable(),
  );
export const languageList = () =>
  z.preprocess(
    (v) => (v == null ? [] : v),
    z.array(z.string().regex(/^[a-z]{2,3}$/, { error: 'language_invalid' })).max(20, { error: 'too_long' }),
  );
export const refId = () => z.preprocess(emptyToNull, z.uuid({ error: 'invalid' }).nullable());
export const isoDate = () =>
  z.preprocess(
    emptyToNull,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date_invalid' })
      .refine((v) => !Number.isNaN(Date.parse(v)) && new Date(v).toISOString().startsWith(v), { error: 'date_invalid' })
      .nullable(),
  );

const validDate = (v: string) => !Number.isNaN(Date.parse(v)) && new Date(v).toISOString().startsWith(v);

export const requiredIsoDate = () =>
  z.preprocess(
    emptyToNull,
    z
      .string({ error: 'required' })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date_invalid' })
      .refine(validDate, { error: 'date_invalid' }),
  );

type InputShape<F extends Record<string, { schema: z.ZodType }>, R extends keyof F> = {
  [K in keyof F]: K extends R ? F[K]['schema'] : z.ZodOptional<F[K]['schema']>;
};

/** The create input of an entity: every field, those not named in `required` optional; nothing else accepted. */
export function inputOf<F extends Record<string, { schema: z.ZodType }>, R extends keyof F>(fields: F, required: readonly R[]): z.ZodObject<InputShape<F, R>, z.core.$strict> {
  const shape = Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, required.includes(k as R) ? f.schema : f.schema.optional()]));
  return z.strictObject(shape) as unknown as z.ZodObject<InputShape<F, R>, z.core.$strict>;
}
