import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors.ts';
import type { Op, OpValue } from '../../../shared/model/ops.ts';
import { DELETED_FIELD, entities, isEntityName, isKnownField, type EntityName, type FieldDef } from '../../../shared/model/registry.ts';
import { foldForSearch } from './search-text.ts';
import { columnFor, quoteIdent, stmt, tableFor } from './sql.ts';

// The op log and its materialized view. Every change to a synced entity, local or imported,
// goes through applyOps. The entity tables, heads and conflicts are a pure function of the ops:
//   heads(field)  = its ops that no other op of the same field names as a parent
//   winner        = the head with the highest hlc (text order is clock order)
//   conflict      = another head with a different value; or, on a deleted row, a field head
//                   that the winning delete did not see ("edited after delete").
// Callers run applyOps inside a transaction.

interface OpRow {
  hlc: string;
  value: string;
  parents: string;
}

export interface ApplyResult {
  inserted: number;
  duplicates: number;
  /** ops for an entity or field this version does not know: kept, not materialized */
  pending: number;
  touchedRows: number;
}

export function isKnownOp(op: Pick<Op, 'entity' | 'field'>): boolean {
  return isEntityName(op.entity) && isKnownField(op.entity, op.field);
}

/** Canonical stored form: value as JSON text, parents sorted. */
export function encodeOp(op: Op): { value: string; parents: string } {
  return { value: JSON.stringify(op.value), parents: JSON.stringify([...op.parents].sort()) };
}

export function applyOps(db: Database.Database, ops: readonly Op[], importId: number | null = null): ApplyResult {
  const findOp = stmt(db, 'SELECT entity, row_id, field, value, parents FROM ops WHERE hlc = ?');
  const insertOp = stmt(db, 'INSERT OR IGNORE INTO ops (hlc, entity, row_id, field, value, parents, import_id, pending) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const fields = new Map<string, { entity: EntityName; id: string; field: string }>();
  let inserted = 0;
  let duplicates = 0;
  let pending = 0;

  for (const op of ops) {
    const enc = encodeOp(op);
    const known = isKnownOp(op);
    if (insertOp.run(op.hlc, op.entity, op.id, op.field, enc.value, enc.parents, importId, known ? 0 : 1).changes === 0) {
      // the hlc is the key: the same op again is a no-op, other content under it is corruption
      const existing = findOp.get(op.hlc) as { entity: string; row_id: string; field: string; value: string; parents: string };
      const same =
        existing.entity === op.entity && existing.row_id === op.id && existing.field === op.field && existing.value === enc.value && existing.parents === enc.parents;
      if (!same) throw new AppError('op_clash', `two different changes carry the same clock ${op.hlc}`, { hlc: op.hlc });
      duplicates++;
      continue;
    }
    inserted++;
    if (!known) {
      pending++;
      continue;
    }
    const entity = op.entity as EntityName;
    fields.set(`${entity}\u0000${op.id}\u0000${op.field}`, { entity, id: op.id, field: op.field });
  }

  const touchedRows = recomputeFields(db, [...fields.values()]);
  return { inserted, duplicates, pending, touchedRows };
}

/** Recomputes heads, winners, conflicts and search text of the given fields and their rows; returns the row count. */
export function recomputeFields(db: Database.Database, fields: readonly { entity: EntityName; id: string; field: string }[]): number {
  const rows = new Map<string, { entity: EntityName; id: string }>();
  for (const f of fields) {
    recomputeField(db, f.entity, f.id, f.field);
    rows.set(`${f.entity}\u0000${f.id}`, { entity: f.entity, id: f.id });
  }
  for (const r of rows.values()) {
    if (!stmt(db, 'SELECT 1 FROM ops WHERE entity = ? AND row_id = ? AND pending = 0 LIMIT 1').get(r.entity, r.id)) {
      stmt(db, `DELETE FROM ${tableFor(r.entity)} WHERE id = ?`).run(r.id);
      stmt(db, 'DELETE FROM conflicts WHERE entity = ? AND row_id = ?').run(r.entity, r.id);
      continue;
    }
    recomputeDeleteConflicts(db, r.entity, r.id);
    refreshSearchText(db, r.entity, r.id);
  }
  return rows.size;
}

/** After an upgrade: ops that were pending because their entity or field was unknown now apply. */
export function replayPending(db: Database.Database): number {
  const rows = stmt(db, 'SELECT hlc, entity, row_id AS id, field FROM ops WHERE pending = 1').all() as { hlc: string; entity: string; id: string; field: string }[];
  const now = rows.filter(isKnownOp);
  if (now.length === 0) return 0;
  const mark = stmt(db, 'UPDATE ops SET pending = 0 WHERE hlc = ?');
  for (const r of now) mark.run(r.hlc);
  recomputeFields(db, now.map((r) => ({ entity: r.entity as EntityName, id: r.id, field: r.field })));
  return now.length;
}

function recomputeField(db: Database.Database, entity: EntityName, id: string, field: string): void {
  const all = stmt(db, 'SELECT hlc, value, parents FROM ops WHERE entity = ? AND row_id = ? AND field = ?').all(entity, id, field) as OpRow[];
  const named = new Set<string>();
  for (const op of all) for (const p of JSON.parse(op.parents) as string[]) named.add(p);
  const heads = all.filter((op) => !named.has(op.hlc)).sort((a, b) => (a.hlc < b.hlc ? 1 : -1));
  const winner = heads[0];

  stmt(db, 'DELETE FROM heads WHERE entity = ? AND row_id = ? AND field = ?').run(entity, id, field);
  if (!winner) {
    // every op of the field was taken back (undo of an import)
    setConflict(db, entity, id, field, 'value', false);
    materialize(db, entity, id, field, field === DELETED_FIELD ? false : null);
    return;
  }
  const insertHead = stmt(db, 'INSERT INTO heads (entity, row_id, field, hlc) VALUES (?, ?, ?, ?)');
  for (const h of heads) insertHead.run(entity, id, field, h.hlc);

  const inConflict = heads.some((h) => h.value !== winner.value);
  setConflict(db, entity, id, field, 'value', inConflict);
  materialize(db, entity, id, field, JSON.parse(winner.value) as OpValue);
}

function materialize(db: Database.Database, entity: EntityName, id: string, field: string, value: OpValue): void {
  const column = columnFor(entity, field);
  const def = field === DELETED_FIELD ? undefined : (entities[entity].fields as Record<string, FieldDef>)[field];
  const stored = field === DELETED_FIELD ? (value === true ? 1 : 0) : def?.json ? JSON.stringify(value ?? []) : value;
  stmt(db, `INSERT INTO ${tableFor(entity)} (id, ${column}) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET ${column} = excluded.${column}`).run(id, stored);
}

function recomputeDeleteConflicts(db: Database.Database, entity: EntityName, id: string): void {
  const headRows = stmt(db, 'SELECT h.field, h.hlc, o.value, o.parents FROM heads h JOIN ops o ON o.hlc = h.hlc WHERE h.entity = ? AND h.row_id = ?').all(entity, id) as {
    field: string;
    hlc: string;
    value: string;
    parents: string;
  }[];
  const deleteHeads = headRows.filter((h) => h.field === DELETED_FIELD).sort((a, b) => (a.hlc < b.hlc ? 1 : -1));
  const winningDelete = deleteHeads[0];
  const unseen = new Set<string>();
  if (winningDelete && winningDelete.value === 'true') {
    // what any concurrent delete saw counts as seen (two people may delete the same row)
    const seen = new Set(deleteHeads.filter((h) => h.value === 'true').flatMap((h) => JSON.parse(h.parents) as string[]));
    for (const h of headRows) if (h.field !== DELETED_FIELD && !seen.has(h.hlc)) unseen.add(h.field);
  }
  stmt(db, "DELETE FROM conflicts WHERE entity = ? AND row_id = ? AND kind = 'edit_after_delete'").run(entity, id);
  for (const field of unseen) setConflict(db, entity, id, field, 'edit_after_delete', true);
}

function setConflict(db: Database.Database, entity: EntityName, id: string, field: string, kind: 'value' | 'edit_after_delete', open: boolean): void {
  if (open) stmt(db, 'INSERT OR IGNORE INTO conflicts (entity, row_id, field, kind) VALUES (?, ?, ?, ?)').run(entity, id, field, kind);
  else stmt(db, 'DELETE FROM conflicts WHERE entity = ? AND row_id = ? AND field = ? AND kind = ?').run(entity, id, field, kind);
}

function refreshSearchText(db: Database.Database, entity: EntityName, id: string): void {
  const searchable = Object.entries(entities[entity].fields as Record<string, FieldDef>)
    .filter(([, def]) => def.searchable)
    .map(([name]) => name);
  if (searchable.length === 0) return;
  const cols = searchable.map(quoteIdent).join(', ');
  const row = stmt(db, `SELECT ${cols} FROM ${tableFor(entity)} WHERE id = ?`).get(id) as Record<string, string | null> | undefined;
  if (!row) return;
  const text = foldForSearch(searchable.map((f) => row[f] ?? '').join(' \u0001 '));
  stmt(db, `UPDATE ${tableFor(entity)} SET _search = ? WHERE id = ?`).run(text, id);
}

export interface FieldHead {
  hlc: string;
  value: OpValue;
}

/** Heads of one field, newest first (the first is the winner). */
export function fieldHeads(db: Database.Database, entity: EntityName, id: string, field: string): FieldHead[] {
  const rows = stmt(db, 'SELECT h.hlc, o.value FROM heads h JOIN ops o ON o.hlc = h.hlc WHERE h.entity = ? AND h.row_id = ? AND h.field = ? ORDER BY h.hlc DESC').all(
    entity,
    id,
    field,
  ) as { hlc: string; value: string }[];
  return rows.map((r) => ({ hlc: r.hlc, value: JSON.parse(r.value) as OpValue }));
}

/** Every head of every field of a row: what a delete has seen. */
export function rowHeads(db: Database.Database, entity: EntityName, id: string): string[] {
  return (stmt(db, 'SELECT hlc FROM heads WHERE entity = ? AND row_id = ?').all(entity, id) as { hlc: string }[]).map((r) => r.hlc);
}
