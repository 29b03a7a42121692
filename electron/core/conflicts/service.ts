import type { z } from 'zod';
import { AppError } from '../../../shared/errors.ts';
import { hlcMillis, hlcNode } from '../../../shared/hlc.ts';
import type { OpValue } from '../../../shared/model/ops.ts';
import { DELETED_FIELD, fieldSchema, isEntityName, isKnownField, type EntityName } from '../../../shared/model/registry.ts';
import type { ConflictItem, resolveDeletedInput, resolveInput } from '../../../shared/model/sync.ts';
import type { Store } from '../store.ts';
import { fieldHeads, rowHeads, type FieldHead } from '../sync/oplog.ts';
import { stmt } from '../db/sql.ts';
import { deleteRow, resolveField, restoreRow } from '../sync/write.ts';
import { conflictSubject, valueLabel, type Describers } from './describe.ts';

// The conflicts inbox: every field with more than one differing head, and every edit a delete did
// not see. Resolving writes one op that names every head the person reviewed.

function nodeLabels(store: Store): Map<string, string> {
  const rows = stmt(store.db, 'SELECT node_id, label FROM nodes').all() as { node_id: string; label: string }[];
  return new Map(rows.map((r) => [r.node_id, r.label]));
}

function describeHeads(store: Store, entity: EntityName, field: string, heads: FieldHead[], labels: Map<string, string>) {
  return heads.map((h, i) => {
    const nodeId = hlcNode(h.hlc);
    return {
      hlc: h.hlc,
      value: h.value,
      nodeId,
      nodeLabel: labels.get(nodeId) ?? null,
      mine: nodeId === store.nodeId,
      at: new Date(hlcMillis(h.hlc)).toISOString(),
      winner: i === 0,
      valueLabel: valueLabel(store, entity, field, h.value),
    };
  });
}

export function listConflicts(store: Store, describers: Describers): ConflictItem[] {
  const labels = nodeLabels(store);
  const rows = stmt(store.db, 'SELECT entity, row_id, field, kind FROM conflicts ORDER BY entity, row_id, field, kind').all() as {
    entity: string;
    row_id: string;
    field: string;
    kind: 'value' | 'edit_after_delete';
  }[];
  return rows
    .filter((r) => isEntityName(r.entity))
    .map((r) => {
      const entity = r.entity as EntityName;
      return {
        entity,
        id: r.row_id,
        ...conflictSubject(store, describers, entity, r.row_id),
        field: r.field,
        kind: r.kind,
        heads: describeHeads(store, entity, r.field, fieldHeads(store.db, entity, r.row_id, r.field), labels),
        deleteHeads: r.kind === 'edit_after_delete' ? describeHeads(store, entity, DELETED_FIELD, fieldHeads(store.db, entity, r.row_id, DELETED_FIELD), labels) : [],
      };
    });
}

function checkTarget(entity: string, field: string): EntityName {
  if (!isEntityName(entity) || !isKnownField(entity, field)) throw new AppError('invalid_input', `unknown field ${entity}.${field}`, {}, [{ path: 'field', code: 'invalid' }]);
  return entity;
}

export function resolveConflict(store: Store, input: z.output<typeof resolveInput>, describers: Describers): ConflictItem[] {
  const entity = checkTarget(input.entity, input.field);
  const parsed = fieldSchema(entity, input.field).safeParse(input.value);
  if (!parsed.success) {
    const code = parsed.error.issues[0]?.message ?? 'invalid';
    throw new AppError('invalid_input', `invalid value for ${entity}.${input.field}`, {}, [{ path: 'value', code }]);
  }
  store.write(() => {
    // only an open conflict can be resolved: otherwise this would write a free op, even create a
    // row under any id (one a bundle may not carry, so every later export would be refused)
    if (!stmt(store.db, "SELECT 1 FROM conflicts WHERE entity = ? AND row_id = ? AND field = ? AND kind = 'value'").get(entity, input.id, input.field)) {
      throw new AppError('conflict_changed', 'this conflict is no longer open');
    }
    resolveField(store, entity, input.id, input.field, parsed.data as OpValue, input.reviewed);
  });
  return listConflicts(store, describers);
}

/** An edit made while someone else deleted the row: restore the row (keeping the edit) or confirm the delete. */
export function resolveDeleted(store: Store, input: z.output<typeof resolveDeletedInput>, describers: Describers): ConflictItem[] {
  const entity = checkTarget(input.entity, DELETED_FIELD);
  store.write(() => {
    const pending = stmt(store.db, "SELECT field FROM conflicts WHERE entity = ? AND row_id = ? AND kind = 'edit_after_delete'").all(entity, input.id) as { field: string }[];
    if (pending.length === 0) throw new AppError('conflict_changed', 'this conflict is no longer open');
    const mustHaveSeen = [...fieldHeads(store.db, entity, input.id, DELETED_FIELD), ...pending.flatMap((p) => fieldHeads(store.db, entity, input.id, p.field))].map((h) => h.hlc);
    if (mustHaveSeen.some((h) => !input.reviewed.includes(h))) throw new AppError('conflict_changed', 'the conflict changed since it was shown; review it again');
    if (input.keep === 'restore') restoreRow(store, entity, input.id);
    else deleteRow(store, entity, input.id);
  });
  return listConflicts(store, describers);
}

export function rowHeadCount(store: Store, entity: EntityName, id: string): number {
  return rowHeads(store.db, entity, id).length;
}
