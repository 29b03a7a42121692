import { z } from 'zod';
import { bundleText, downloadChunk, downloadChunkInput, exportInput, previewedBundle, identity, importLogEntry, importResult, importSummary, uploadChunk, uploadedBundle, uploadStart } from '../model/sync.ts';
import { empty } from './common.ts';
import { read, write } from './define.ts';

// Bundles out and in. A preview applies in a transaction that is rolled back: a read. A bundle
// too large for one text is sent in chunks first (uploadStart, uploadChunk) and named by its upload id.

export const syncChannels = {
  'sync.identity': read(empty, identity, ['settings']),
  'sync.export': write(exportInput, z.object({ fileName: z.string(), content: z.string(), opsCount: z.number().int() }), ['exports']),
  'sync.preview': read(z.union([bundleText, uploadedBundle]), importSummary, ['peers']),
  'sync.import': write(z.union([bundleText, previewedBundle, uploadedBundle]), importResult, ['imports']),
  // a large bundle file, sent in chunks into the data folder (nothing in the store changes until it is imported)
  'sync.uploadStart': write(uploadStart, z.object({ uploadId: z.uuid(), chunkBytes: z.number().int() })),
  'sync.uploadChunk': write(uploadChunk, z.object({ received: z.number().int() })),
  'sync.uploadDiscard': write(z.strictObject({ uploadId: z.uuid() }), z.object({ discarded: z.boolean() })),
  // a bundle made into a file (bundleJobs.export), fetched in chunks; the file goes when discarded, or a day later
  'sync.downloadChunk': read(downloadChunkInput, downloadChunk),
  'sync.downloadDiscard': write(z.strictObject({ downloadId: z.uuid() }), z.object({ discarded: z.boolean() })),
  'sync.undo': write(empty, z.object({ importId: z.number().int(), opsRemoved: z.number().int(), label: z.string() }), ['imports']),
  'sync.history': read(empty, z.object({ imports: z.array(importLogEntry), exportPeers: z.array(z.string()) }), ['imports', 'exports']),
};
