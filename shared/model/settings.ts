import { z } from 'zod';
import { LANGUAGES } from '../i18n-languages.ts';

export const countryCode = z.string().regex(/^[A-Z]{2}$/, { error: 'country_invalid' });

export const settings = z.object({
  country: countryCode.nullable(),
  language: z.enum(LANGUAGES),
});
export type Settings = z.infer<typeof settings>;

export const settingsPatch = z.strictObject({
  country: countryCode.optional(),
  language: z.enum(LANGUAGES).optional(),
});
