import crypto from 'node:crypto';
import { AppError } from '../../../shared/errors.ts';
import type { OpValue } from '../../../shared/model/ops.ts';
import type { EntityName } from '../../../shared/model/registry.ts';
import type { Store } from '../store.ts';
import { stmt, tableFor } from '../db/sql.ts';
import { deleteRow, restoreRow, writeFields } from '../sync/write.ts';

// Create, update, delete and restore of any synced entity, through the op log.

type Values = Record<string, OpValue | undefined>;

/** The fields a save names; an absent (undefined) one keeps its stored value. */
export function defined(values: Record<string, unknown>): Record<string, OpValue> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Record<string, OpValue>;
}

export function rowState(store: Store, entity: EntityName, id: string): 'missing' | 'live' | 'deleted' {
  const row = stmt(store.db, `SELECT _deleted FROM ${tableFor(entity)} WHERE id = ?`).get(id) as { _deleted: number } | undefined;
  return !row ? 'missing' : row._deleted ? 'deleted' : 'live';
}

function requireRow(store: Store, entity: EntityName, id: string, want: 'live' | 'deleted'): void {
  const state = rowState(store, entity, id);
  if (state === 'missing') throw new AppError('not_found', `no ${entity} with id ${id}`, { entity, id });
  if (state !== want) throw new AppError(want === 'live' ? 'row_deleted' : 'row_not_deleted', `${entity} ${id} is ${state}`, { entity, id });
}

/**
 * A form's save: a new record (no id), or an update of a live one (a removed or unknown id is
 * refused). Fields the input leaves undefined keep their values; `extra` adds derived fields.
 */
export function saveRecord(store: Store, entity: EntityName, input: { id?: string | null } & Record<string, unknown>, extra: Values = {}): string {
  if (input.id && rowState(store, entity, input.id) !== 'live') throw new AppError('not_found', `no ${entity} ${input.id}`, { entity, id: input.id });
  const id = input.id ?? crypto.randomUUID();
  const { id: _id, ...values } = input;
  store.write(() => writeFields(store, entity, id, { ...defined(values), ...defined(extra) }));
  return id;
}

export function createRecord(store: Store, entity: EntityName, values: Values): string {
  const id = crypto.randomUUID();
  store.write(() => writeFields(store, entity, id, defined(values)));
  return id;
}

export function updateRecord(store: Store, entity: EntityName, id: string, patch: Values): void {
  store.write(() => {
    requireRow(store, entity, id, 'live');
    writeFields(store, entity, id, defined(patch));
  });
}

export function deleteRecord(store: Store, entity: EntityName, id: string): void {
  store.write(() => {
    requireRow(store, entity, id, 'live');
    deleteRow(store, entity, id);
  });
}

export function restoreRecord(store: Store, entity: EntityName, id: string): void {
  store.write(() => {
    requireRow(store, entity, id, 'deleted');
    restoreRow(store, entity, id);
  });
}
