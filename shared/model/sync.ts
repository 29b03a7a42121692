import { z } from 'zod';
import { bundleScope, MAX_BUNDLE_FILE_BYTES } from '../bundle.ts';
import { UPLOAD_CHUNK_BYTES } from '../bundle-sizes.ts';

// Contract shapes of the sync area: export, import preview and result, history, peers, conflicts.

export const exportInput = z.strictObject({
  /** a delta for this peer label; absent: a full export */
  peer: z.string().trim().min(1).max(200).optional(),
  scope: bundleScope.optional(),
});

export const bundleText = z.strictObject({
  fileName: z.string().max(260).nullable().optional(),
  content: z.string(),
});
/** the bundle just previewed, imported without sending it again */
export const previewedBundle = z.strictObject({
  fileName: z.string().max(260).nullable().optional(),
  previewed: z.uuid(),
});

/** A bundle made into a file of the data folder, with its progress: fetched by the page in chunks (sync.downloadChunk). */
export const exportedFile = z.object({ downloadId: z.uuid(), fileName: z.string(), opsCount: z.number().int(), bytes: z.number().int() });
export const DOWNLOAD_CHUNK_BYTES = 4 * 1024 * 1024;
export const downloadChunkInput = z.strictObject({ downloadId: z.uuid(), offset: z.number().int().min(0) });
/** base64 of at most DOWNLOAD_CHUNK_BYTES from `offset`; `done` when it reaches the end */
export const downloadChunk = z.object({ data: z.string(), done: z.boolean() });

/** A bundle sent in chunks (too large for one text): it is previewed and imported by its upload id. */
export const uploadedBundle = z.strictObject({
  fileName: z.string().max(260).nullable().optional(),
  uploaded: z.uuid(),
});
export { UPLOAD_CHUNK_BYTES, UPLOAD_FROM_BYTES } from '../bundle-sizes.ts';

export const uploadStart = z.strictObject({ fileName: z.string().max(260), size: z.number().int().min(1).max(MAX_BUNDLE_FILE_BYTES) });
export const uploadChunk = z.strictObject({
  uploadId: z.uuid(),
  offset: z.number().int().min(0),
  // base64 of at most one chunk
  data: z
    .string()
    .max(Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/),
});

const counts = z.record(z.string(), z.number().int());

export const importSummary = z.object({
  bundleId: z.string(),
  createdAt: z.string(),
  origin: z.object({ nodeId: z.string(), label: z.string(), country: z.string().nullable() }),
  scope: bundleScope,
  isDelta: z.boolean(),
  signature: z.enum(['known', 'unknown', 'unsigned']),
  peerLabel: z.string().nullable(),
  fingerprint: z.string().nullable(),
  /** the signer's public key (trusted from the preview, without reading the file again) */
  signerKey: z.string().nullable(),
  alreadyImported: z.boolean(),
  opsTotal: z.number().int(),
  opsNew: z.number().int(),
  opsDuplicate: z.number().int(),
  opsPending: z.number().int(),
  setAside: z.array(z.object({ hlc: z.string(), entity: z.string(), field: z.string(), reason: z.literal('clock_in_future') })),
  rowsNew: counts,
  rowsChanged: counts,
  conflictsCreated: z.number().int(),
});
export type ImportSummary = z.infer<typeof importSummary>;

export const importResult = importSummary.extend({ importId: z.number().int(), backup: z.string() });

export const importLogEntry = z.object({
  id: z.number().int(),
  bundleId: z.string(),
  fileName: z.string().nullable(),
  originLabel: z.string(),
  originCountry: z.string().nullable(),
  signature: z.string(),
  createdAt: z.string(),
  importedAt: z.string(),
  opsTotal: z.number().int(),
  opsNew: z.number().int(),
  opsPending: z.number().int(),
  opsSetAside: z.number().int(),
  conflictsCreated: z.number().int(),
  undoneAt: z.string().nullable(),
});
export type ImportLogEntry = z.infer<typeof importLogEntry>;

export const identity = z.object({
  nodeId: z.string(),
  label: z.string(),
  publicKey: z.string(),
  fingerprint: z.string(),
});

export const peer = z.object({
  id: z.number().int(),
  label: z.string(),
  publicKey: z.string(),
  fingerprint: z.string(),
  addedAt: z.string(),
  lastExport: z.string().nullable(),
});
export type Peer = z.infer<typeof peer>;

export const peerInput = z.strictObject({
  label: z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string().min(1, { error: 'required' }).max(200, { error: 'too_long' })),
  publicKey: z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string().regex(/^[A-Za-z0-9+/]{43}=$/, { error: 'key_invalid' })),
});

export const conflictHead = z.object({
  hlc: z.string(),
  value: z.unknown(),
  nodeId: z.string(),
  nodeLabel: z.string().nullable(),
  /** written on this desk */
  mine: z.boolean(),
  at: z.string(),
  winner: z.boolean(),
  /** names behind the ids the value holds (an institution, people), when it holds ids */
  valueLabel: z.string().nullable(),
});

/** Reference ids that say which row a conflict is about; the interface names them in its language. */
export const conflictAbout = z.object({
  roleId: z.string().nullable().optional(),
  instrumentId: z.string().nullable().optional(),
  frameworkItemId: z.string().nullable().optional(),
  fromItemId: z.string().nullable().optional(),
  toItemId: z.string().nullable().optional(),
  /** a delegated part's report ("cites:annual-trade__2025") */
  reportId: z.string().nullable().optional(),
});
export type ConflictAbout = z.infer<typeof conflictAbout>;

export const conflictItem = z.object({
  entity: z.string(),
  id: z.string(),
  /** the row's name, or the name of what it belongs to (a designation's person, an alignment's target code) */
  rowLabel: z.string().nullable(),
  about: conflictAbout,
  field: z.string(),
  kind: z.enum(['value', 'edit_after_delete']),
  heads: z.array(conflictHead),
  /** for edit_after_delete: the delete and what it saw */
  deleteHeads: z.array(conflictHead),
});
export type ConflictItem = z.infer<typeof conflictItem>;

export const resolveInput = z.strictObject({
  entity: z.string().max(64),
  id: z.string().max(100),
  field: z.string().max(64),
  value: z.unknown(),
  reviewed: z.array(z.string().max(64)).min(1).max(256),
});

export const resolveDeletedInput = z.strictObject({
  entity: z.string().max(64),
  id: z.string().max(100),
  keep: z.enum(['restore', 'delete']),
  reviewed: z.array(z.string().max(64)).min(1).max(1024),
});
