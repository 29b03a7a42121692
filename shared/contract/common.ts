import { z } from 'zod';

// Shapes several areas' channels share.

export const empty = z.strictObject({});
export const rowId = z.strictObject({ id: z.uuid() });
export const listQuery = z.strictObject({
  query: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(50_000).optional(),
  offset: z.number().int().min(0).optional(),
  includeDeleted: z.boolean().optional(),
});
export const listOf = <T extends z.ZodType>(item: T) => z.object({ total: z.number().int(), items: z.array(item) });
/** One field write in a row's history (read from the op log). */
export const fieldChange = z.object({
  field: z.string(),
  value: z.unknown(),
  /** when it was recorded (the op's clock, ISO time) */
  at: z.string(),
  /** recorded on this desk, or on another desk and imported */
  here: z.boolean(),
});
export const fileOut = z.object({ fileName: z.string(), dataBase64: z.string(), mime: z.string() });
