import { AppError } from '../../../shared/errors.ts';
import type { Op, OpValue } from '../../../shared/model/ops.ts';
import { DELETED_FIELD, type EntityName } from '../../../shared/model/registry.ts';
import type { Store } from '../store.ts';
import { applyOps, fieldHeads, rowHeads } from './oplog.ts';

// Local edits become ops here, and only here. Call inside store.write().

/** Writes the fields whose value differs from the current winner; an edit names the winner it replaces. */
export function writeFields(store: Store, entity: EntityName, id: string, values: Record<string, OpValue>): Op[] {
  const ops: Op[] = [];
  for (const [field, value] of Object.entries(values)) {
    const [winner] = fieldHeads(store.db, entity, id, field);
    if (winner && JSON.stringify(winner.value) === JSON.stringify(value)) continue;
    ops.push({ hlc: store.tick(), entity, id, field, value, parents: winner ? [winner.hlc] : [] });
  }
  applyOps(store.db, ops);
  return ops;
}

/** A delete names every head it saw, so later edits it did not see show as "edited after delete". */
export function deleteRow(store: Store, entity: EntityName, id: string): Op {
  const op: Op = { hlc: store.tick(), entity, id, field: DELETED_FIELD, value: true, parents: rowHeads(store.db, entity, id) };
  applyOps(store.db, [op]);
  return op;
}

export function restoreRow(store: Store, entity: EntityName, id: string): Op {
  const parents = fieldHeads(store.db, entity, id, DELETED_FIELD).map((h) => h.hlc);
  const op: Op = { hlc: store.tick(), entity, id, field: DELETED_FIELD, value: false, parents };
  applyOps(store.db, [op]);
  return op;
}

/** Resolving names every head the user reviewed; if the heads moved meanwhile, the user must look again. */
export function resolveField(store: Store, entity: EntityName, id: string, field: string, value: OpValue, reviewed: string[]): Op {
  const current = fieldHeads(store.db, entity, id, field).map((h) => h.hlc);
  const missing = current.filter((h) => !reviewed.includes(h));
  if (missing.length > 0) throw new AppError('conflict_changed', 'the conflict changed since it was shown; review it again');
  const op: Op = { hlc: store.tick(), entity, id, field, value, parents: reviewed };
  applyOps(store.db, [op]);
  return op;
}
