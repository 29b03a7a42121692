import { z } from 'zod';

// The shape of a framework's meta/<id>.json, checked for every file by test/unit/frameworks.test.ts
// (not when loaded: the renderer's first script reads these files and does not carry zod).

const confidence = z.enum(['high', 'medium', 'low']);
/** A framework's description and sources, as meta/<id>.json holds them. */
export const frameworkMetaSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  abbreviation: z.string().min(1),
  convention: z.string().nullable(),
  adopted: z.number().int(),
  adoptedBy: z.string().min(1),
  edition: z.string().min(1),
  period: z.strictObject({ from: z.number().int(), to: z.number().int() }),
  status: z.enum(['current', 'superseded']),
  completeness: z.enum(['complete', 'partial']),
  confidence,
  sources: z.array(z.strictObject({ url: z.url(), usedFor: z.string().min(1) })).min(1),
  gaps: z.array(z.string()),
});
