import { z } from 'zod';
import { LANGUAGES } from '../i18n-languages.ts';

export const countryCode = z.string().regex(/^[A-Z]{2}$/, { error: 'country_invalid' });

export const deviceLabel = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim() : v),
  z.string().min(1, { error: 'required' }).max(100, { error: 'too_long' }),
);

/** light, dark, or as the system says */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const settings = z.object({
  country: countryCode.nullable(),
  language: z.enum(LANGUAGES),
  /** how this desk is named on the bundles it sends (e.g. "CITES Management Authority, Nairobi") */
  deviceLabel: z.string(),
  /** the person who uses this desk (for "mine" on the home screen); null: not said */
  mePersonId: z.string().nullable(),
  theme: z.enum(THEMES),
});
export type Settings = z.infer<typeof settings>;

export const settingsPatch = z.strictObject({
  country: countryCode.optional(),
  language: z.enum(LANGUAGES).optional(),
  deviceLabel: deviceLabel.optional(),
  mePersonId: z.uuid({ error: 'invalid' }).nullable().optional(),
  theme: z.enum(THEMES, { error: 'invalid' }).optional(),
});
