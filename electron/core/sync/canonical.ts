import crypto from 'node:crypto';
import type { Op } from '../../../shared/model/ops.ts';

// Canonical JSON of ops — what the digest and the signature cover: keys in this order, no spaces,
// parents sorted (bundles must carry them sorted; the store keeps them so).
const KEYS = ['hlc', 'entity', 'id', 'field', 'value', 'parents'];

export function canonicalOps(ops: readonly Op[]): string {
  return JSON.stringify(ops, KEYS);
}

export function digestText(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

export function digestOps(ops: readonly Op[]): string {
  return digestText(canonicalOps(ops));
}

/**
 * One op's canonical JSON from its stored columns. value and parents are stored as canonical JSON;
 * hlc, entity, id and field only ever hold characters that JSON does not escape (they are checked
 * by pattern on every way in: shared/bundle.ts, the registry, uuids), so they are quoted as they are.
 */
export function canonicalStoredOp(hlc: string, entity: string, id: string, field: string, value: string, parents: string): string {
  return `{"hlc":"${hlc}","entity":"${entity}","id":"${id}","field":"${field}","value":${value},"parents":${parents}}`;
}
