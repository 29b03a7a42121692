import crypto from 'node:crypto';
import type { Op } from '../../../shared/model/ops.ts';

/** Canonical JSON of ops: fixed key order, parents sorted; what the digest and signature cover. */
export function canonicalOps(ops: readonly Op[]): string {
  let out = '[';
  for (let i = 0; i < ops.length; i++) {
    const o = ops[i];
    if (i) out += ',';
    out += `{"hlc":${JSON.stringify(o.hlc)},"entity":${JSON.stringify(o.entity)},"id":${JSON.stringify(o.id)},"field":${JSON.stringify(o.field)},"value":${JSON.stringify(o.value)},"parents":${JSON.stringify([...o.parents].sort())}}`;
  }
  return `${out}]`;
}

export function digestOps(ops: readonly Op[]): string {
  return crypto.createHash('sha256').update(canonicalOps(ops)).digest('hex');
}
