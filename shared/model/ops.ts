import { z } from 'zod';

/** JSON value of one field; lists are arrays of strings. */
export const opValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);
export type OpValue = z.infer<typeof opValue>;

/** One change to one field of one synced row: the unit of sync. */
export interface Op {
  hlc: string;
  entity: string;
  id: string;
  field: string;
  value: OpValue;
  parents: string[];
}
