import { z } from 'zod';
import { bundleText, exportInput, previewedBundle, identity, importLogEntry, importResult, importSummary } from '../model/sync.ts';
import { empty } from './common.ts';
import { read, write } from './define.ts';

// Bundles out and in. A preview applies in a transaction that is rolled back: a read.

export const syncChannels = {
  'sync.identity': read(empty, identity, ['settings']),
  'sync.export': write(exportInput, z.object({ fileName: z.string(), content: z.string(), opsCount: z.number().int() }), ['exports']),
  'sync.preview': read(bundleText, importSummary, ['peers']),
  'sync.import': write(z.union([bundleText, previewedBundle]), importResult, ['imports']),
  'sync.undo': write(empty, z.object({ importId: z.number().int(), opsRemoved: z.number().int(), label: z.string() }), ['imports']),
  'sync.history': read(empty, z.object({ imports: z.array(importLogEntry), exportPeers: z.array(z.string()) }), ['imports', 'exports']),
};
