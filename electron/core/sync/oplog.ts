import type Database from 'better-sqlite3';
import type { Op, OpValue } from '../../../shared/model/ops.ts';
import { entities, isEntityName, isKnownField, type EntityName, type FieldDef } from '../../../shared/model/registry.ts';
import { fieldHeadsOf, mergeRow, type RowMerge, type StoredOp } from './heads.ts';
import { foldForSearch } from '../../../shared/search-text.ts';
import { quoteIdent, stmt, tableFor } from '../db/sql.ts';
import { noteTouched } from './touched.ts';
import { insertOps, type EncodedOp } from './insert-ops.ts';

// The op log and its materialized view. Every change to a synced entity, local or imported, goes
// through applyOps. Entity rows and open conflicts are a pure function of the ops (see heads.ts);
// after new ops arrive, each touched row is recomputed from all of its ops in one pass: one read,
// one row write, and the row's conflicts. Callers run applyOps inside a transaction.

export interface ApplyResult {
  inserted: number;
  duplicates: number;
  /** ops for an entity or field this version does not know: kept, not materialized */
  pending: number;
  /** rows that did not exist before, and existing rows that received new ops, per entity */
  rowsNew: Record<string, number>;
  rowsChanged: Record<string, number>;
}

export function isKnownOp(op: Pick<Op, 'entity' | 'field'>): boolean {
  return isEntityName(op.entity) && isKnownField(op.entity, op.field);
}

/** Canonical stored form: value as JSON text, parents sorted. */
export function encodeOp(op: Op): { value: string; parents: string } {
  return { value: JSON.stringify(op.value), parents: parentsText(op.parents) };
}

/** Most ops have no parent (a first value) or one: neither needs a sort. */
function parentsText(parents: readonly string[]): string {
  return parents.length === 0 ? '[]' : JSON.stringify(parents.length > 1 ? [...parents].sort() : parents);
}

type RowKey = string;
const rowKey = (entity: string, id: string): RowKey => `${entity}\u0000${id}`;

/**
 * `newRows` carries across calls when one import applies its ops in batches (a streamed bundle):
 * a row new in an earlier batch is not counted again as changed.
 */
export function applyOps(db: Database.Database, ops: readonly Op[], importId: number | null = null, newRows?: Set<string>): ApplyResult {
  // one object per op: what the log insert binds is also what the row's merge reads
  const encoded: (EncodedOp & StoredOp)[] = new Array(ops.length);
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    encoded[i] = { op, hlc: op.hlc, field: op.field, value: JSON.stringify(op.value), parents: parentsText(op.parents), parsed: op.value, pending: isKnownOp(op) ? 0 : 1 };
  }
  const isNew = insertOps(db, encoded, importId);
  // the new ops of each touched row, by entity then id
  const touched = new Map<EntityName, Map<string, StoredOp[]>>();
  let inserted = 0;
  let pending = 0;
  for (let i = 0; i < encoded.length; i++) {
    if (!isNew[i]) continue;
    inserted++;
    const e = encoded[i];
    if (e.pending) {
      pending++;
      continue;
    }
    let rows = touched.get(e.op.entity as EntityName);
    if (!rows) touched.set(e.op.entity as EntityName, (rows = new Map()));
    const newOps = rows.get(e.op.id);
    if (newOps) newOps.push(e);
    else rows.set(e.op.id, [e]);
  }
  const duplicates = encoded.length - inserted;

  const rowsNew: Record<string, number> = {};
  const rowsChanged: Record<string, number> = {};
  for (const [entity, rows] of touched) {
    for (const [id, newOps] of rows) {
      // a row not yet materialized has no older known ops: its ops are exactly the new ones, and it
      // is written from them alone; a row that exists is written again from all of its ops
      const isNew = writeNewRow(db, entity, id, newOps);
      if (!isNew) writeRow(db, entity, id, rowOps(db, entity, id), false);
      if (newRows) {
        const k = rowKey(entity, id);
        if (!isNew && newRows.has(k)) continue;
        if (isNew) newRows.add(k);
      }
      const bucket = isNew ? rowsNew : rowsChanged;
      bucket[entity] = (bucket[entity] ?? 0) + 1;
    }
  }
  return { inserted, duplicates, pending, rowsNew, rowsChanged };
}

/** Recomputes the given rows from their ops (after ops were removed or became known). */
export function recomputeRows(db: Database.Database, rows: Iterable<{ entity: EntityName; id: string }>): void {
  const seen = new Set<RowKey>();
  for (const r of rows) {
    const k = rowKey(r.entity, r.id);
    if (seen.has(k)) continue;
    seen.add(k);
    recomputeRow(db, r.entity, r.id);
  }
}

/** After an upgrade: ops that were pending because their entity or field was unknown now apply. */
export function replayPending(db: Database.Database): number {
  const rows = stmt(db, 'SELECT hlc, entity, row_id AS id, field FROM ops WHERE pending = 1').all() as { hlc: string; entity: string; id: string; field: string }[];
  const now = rows.filter(isKnownOp);
  if (now.length === 0) return 0;
  const mark = stmt(db, 'UPDATE ops SET pending = 0 WHERE hlc = ?');
  for (const r of now) mark.run(r.hlc);
  recomputeRows(
    db,
    now.map((r) => ({ entity: r.entity as EntityName, id: r.id })),
  );
  return now.length;
}

function rowOps(db: Database.Database, entity: EntityName, id: string): StoredOp[] {
  return stmt(db, 'SELECT hlc, field, value, parents FROM ops WHERE entity = ? AND row_id = ? AND pending = 0').all(entity, id) as StoredOp[];
}

function recomputeRow(db: Database.Database, entity: EntityName, id: string): void {
  writeRow(db, entity, id, rowOps(db, entity, id), false);
}

/** Writes the row's winners, search text and open conflicts from all of its ops. A new row has no conflicts to clear. */
function writeRow(db: Database.Database, entity: EntityName, id: string, ops: StoredOp[], isNew: boolean): void {
  const table = tableFor(entity);
  noteTouched(db, entity);
  if (!isNew) stmt(db, 'DELETE FROM conflicts WHERE entity = ? AND row_id = ?').run(entity, id);
  if (ops.length === 0) {
    // every op of the row was taken back (undo of an import)
    stmt(db, `DELETE FROM ${table} WHERE id = ?`).run(id);
    return;
  }
  const merge = mergeRow(ops);
  stmt(db, entitySql(entity).upsert).run(rowValues(entity, id, merge));
  addConflicts(db, entity, id, merge);
}

/**
 * Inserts a row not materialized yet from its (new) ops; false, writing nothing, when it exists.
 * Asking first would cost a read per row; a refused insert costs the same read, and only then.
 */
function writeNewRow(db: Database.Database, entity: EntityName, id: string, ops: StoredOp[]): boolean {
  const merge = mergeRow(ops);
  if (stmt(db, entitySql(entity).insertNew).run(rowValues(entity, id, merge)).changes === 0) return false;
  noteTouched(db, entity);
  addConflicts(db, entity, id, merge);
  return true;
}

/** The row's columns in entitySql's order: id, each field's winner, _deleted, _search. */
function rowValues(entity: EntityName, id: string, merge: RowMerge): (string | number | null)[] {
  const values: (string | number | null)[] = [id];
  const search: string[] = [];
  for (const [name, def] of entitySql(entity).fields) {
    const winner = merge.heads.get(name)?.[0];
    const value = winner ? ((winner.parsed !== undefined ? winner.parsed : JSON.parse(winner.value)) as OpValue) : null;
    // a list's column is its JSON text, which the op's stored text already is
    values.push(def.json ? (value === null ? '[]' : winner!.value) : (value as string | number | null));
    if (def.searchable && typeof value === 'string') search.push(value);
  }
  values.push(merge.deleted ? 1 : 0, foldForSearch(search.join(' \u0001 ')));
  return values;
}

function addConflicts(db: Database.Database, entity: EntityName, id: string, merge: RowMerge): void {
  if (merge.valueConflicts.length === 0 && merge.editedAfterDelete.length === 0) return;
  const addConflict = stmt(db, 'INSERT OR IGNORE INTO conflicts (entity, row_id, field, kind) VALUES (?, ?, ?, ?)');
  for (const field of merge.valueConflicts) addConflict.run(entity, id, field, 'value');
  for (const field of merge.editedAfterDelete) addConflict.run(entity, id, field, 'edit_after_delete');
}

// per entity, built once: the SQL and field list every row write uses (hot in a large import)
const entitySqlCache = new Map<EntityName, { insertNew: string; upsert: string; fields: [string, FieldDef][] }>();
function entitySql(entity: EntityName): { insertNew: string; upsert: string; fields: [string, FieldDef][] } {
  let sql = entitySqlCache.get(entity);
  if (!sql) {
    const table = tableFor(entity);
    const cols = [...Object.keys(entities[entity].fields), '_deleted', '_search'].map(quoteIdent);
    const insert = `INSERT INTO ${table} (id, ${cols.join(', ')}) VALUES (?, ${cols.map(() => '?').join(', ')})`;
    sql = {
      insertNew: `${insert} ON CONFLICT(id) DO NOTHING`,
      upsert: `${insert} ON CONFLICT(id) DO UPDATE SET ${cols.map((c) => `${c} = excluded.${c}`).join(', ')}`,
      fields: Object.entries(entities[entity].fields as Record<string, FieldDef>),
    };
    entitySqlCache.set(entity, sql);
  }
  return sql;
}

export interface FieldHead {
  hlc: string;
  value: OpValue;
}

/** Heads of one field, newest first (the first is the winner). */
export function fieldHeads(db: Database.Database, entity: EntityName, id: string, field: string): FieldHead[] {
  const ops = stmt(db, 'SELECT hlc, field, value, parents FROM ops WHERE entity = ? AND row_id = ? AND field = ? AND pending = 0').all(entity, id, field) as StoredOp[];
  return fieldHeadsOf(ops).map((h) => ({ hlc: h.hlc, value: JSON.parse(h.value) as OpValue }));
}

/** Every head of every field of a row: what a delete has seen. */
export function rowHeads(db: Database.Database, entity: EntityName, id: string): string[] {
  return [...mergeRow(rowOps(db, entity, id)).heads.values()].flat().map((h) => h.hlc);
}
