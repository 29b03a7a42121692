import { z } from 'zod';
import { empty } from './common.ts';
import { read } from './define.ts';

// The store as a whole: version and counts, the canonical dump, the integrity check.

const appInfo = z.object({
  version: z.string(),
  schemaVersion: z.number().int(),
  nodeId: z.string(),
  dataDir: z.string(),
  country: z.string().nullable(),
  counts: z.record(z.string(), z.number().int()),
  openConflicts: z.number().int(),
});

const openConflict = z.object({
  entity: z.string(),
  id: z.string(),
  field: z.string(),
  kind: z.enum(['value', 'edit_after_delete']),
  heads: z.array(z.object({ hlc: z.string(), value: z.unknown() })),
});

const dump = z.object({
  schemaVersion: z.number().int(),
  entities: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
  conflicts: z.array(openConflict),
});

export const appChannels = {
  'app.info': read(empty, appInfo),
  'app.dump': read(empty, dump),
  'app.check': read(empty, z.object({ ok: z.boolean(), problems: z.array(z.string()) })),
};
