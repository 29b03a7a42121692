import { z } from 'zod';
import { isHlc } from './hlc.ts';
import { opValue } from './model/ops.ts';

// Bundle format v1: one UTF-8 JSON file that carries ops between desks (see docs/bundle.md).
// The JSON Schema in docs/bundle.schema.json is generated from this (npm run schema) and checked by a test.

export const BUNDLE_FORMAT = 'synergy-desk-bundle';
export const BUNDLE_FORMAT_VERSION = 1;
export const MAX_BUNDLE_BYTES = 100 * 1024 * 1024;
export const MAX_JSON_DEPTH = 16;
export const MAX_OPS = 2_000_000;
export { MAX_BUNDLE_FILE_BYTES } from './bundle-sizes.ts';

const hlc = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-[0-9a-f]{4}-[0-9a-f]{16}$/, { error: 'hlc_invalid' })
  .refine(isHlc, { error: 'hlc_invalid' });
const name = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, { error: 'name_invalid' });
const rowId = z.string().regex(/^[A-Za-z0-9_:.-]{1,100}$/, { error: 'id_invalid' });

export const bundleOp = z.strictObject({
  hlc,
  entity: name,
  id: rowId,
  field: name,
  value: opValue.refine((v) => (typeof v === 'string' ? v.length <= 100_000 : Array.isArray(v) ? v.length <= 1000 && v.every((x) => x.length <= 1000) : true), {
    error: 'value_too_large',
  }),
  parents: z.array(hlc).max(256),
});

export const bundleScope = z.strictObject({
  entities: z.array(name).max(64).optional(),
  conventions: z.array(z.string().regex(/^[a-z0-9-]{1,32}$/)).max(64).optional(),
});
export type BundleScope = z.infer<typeof bundleScope>;

export const bundleSignature = z.strictObject({
  alg: z.literal('Ed25519'),
  /** base64 of the raw 32-byte public key */
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  /** base64 signature over the digest text */
  value: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
});

export const bundle = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  schemaVersion: z.number().int().min(1),
  bundleId: z.uuid(),
  createdAt: z.iso.datetime(),
  origin: z.strictObject({
    nodeId: z.string().regex(/^[0-9a-f]{16}$/),
    label: z.string().min(1).max(200),
    country: z.string().regex(/^[A-Z]{2}$/).nullable(),
  }),
  scope: bundleScope,
  /** for a delta: the peer it was made for */
  since: z.strictObject({ peer: z.string().min(1).max(200) }).optional(),
  ops: z.array(bundleOp).max(MAX_OPS),
  /** sha256 (hex) of the canonical JSON of ops */
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  signature: bundleSignature.optional(),
});
export type Bundle = z.infer<typeof bundle>;

/** The bundle with its ops left unchecked: they are checked one by one by opProblem (bundle-fast-check.ts). */
export const bundleEnvelope = bundle.extend({ ops: z.array(z.unknown()).max(MAX_OPS) });
export type BundleOp = z.infer<typeof bundleOp>;
