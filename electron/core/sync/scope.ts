import type Database from 'better-sqlite3';
import type { BundleScope } from '../../../shared/bundle.ts';
import { entities, entityNames, isEntityName, type EntityName, type FieldDef } from '../../../shared/model/registry.ts';
import { quoteIdent, stmt, tableFor } from '../db/sql.ts';

// Which rows a scoped export covers, and the rows they refer to (a CITES designation brings its
// person and institution; a national target its lead and contributing institutions and responsible people), so the receiver never holds a dangling reference it could have had.

export function scopeKey(scope: BundleScope): string {
  return JSON.stringify({ entities: [...(scope.entities ?? [])].sort(), conventions: [...(scope.conventions ?? [])].sort() });
}

export function isFullScope(scope: BundleScope): boolean {
  return !scope.entities?.length && !scope.conventions?.length;
}

type RowKey = string; // `${entity}\u0000${id}`
const key = (entity: string, id: string): RowKey => `${entity}\u0000${id}`;

/** Whether a row of this entity is in scope by itself (before following references). */
function entityInScope(entity: string, scope: BundleScope): boolean {
  if (scope.entities?.length && !scope.entities.includes(entity)) return false;
  if (scope.conventions?.length) {
    return isEntityName(entity) && Boolean((entities[entity] as { conventionField?: string }).conventionField);
  }
  return true;
}

/** Rows in scope by themselves: all rows of in-scope entities, filtered by convention where asked. */
function rowsInScope(db: Database.Database, scope: BundleScope): Set<RowKey> {
  const out = new Set<RowKey>();
  for (const name of entityNames) {
    if (!entityInScope(name, scope)) continue;
    const conventionField = (entities[name] as { conventionField?: string }).conventionField;
    const rows = stmt(db, `SELECT id${conventionField ? `, ${quoteIdent(conventionField)} AS convention` : ''} FROM ${tableFor(name)}`).all() as { id: string; convention?: string }[];
    for (const r of rows) if (!scope.conventions?.length || (r.convention && scope.conventions.includes(r.convention))) out.add(key(name, r.id));
  }
  return out;
}

/** Adds, transitively, every row that a row in the set refers to. */
export function withReferences(db: Database.Database, rows: Set<RowKey>): Set<RowKey> {
  const out = new Set(rows);
  const queue = [...rows];
  while (queue.length) {
    const [entity, id] = queue.pop()!.split('\u0000');
    if (!isEntityName(entity)) continue;
    const refs = Object.entries(entities[entity].fields as Record<string, FieldDef>).filter(([, d]) => d.ref || d.listRef);
    if (!refs.length) continue;
    const row = stmt(db, `SELECT ${refs.map(([f]) => quoteIdent(f)).join(', ')} FROM ${tableFor(entity)} WHERE id = ?`).get(id) as Record<string, string | null> | undefined;
    for (const [f, d] of refs) {
      const target = d.ref ?? d.listRef!;
      if (!row?.[f] || !isEntityName(target)) continue;
      // a list field (contributing institutions, responsible people) is stored as a JSON array of ids
      const ids = d.listRef ? (JSON.parse(row[f]) as string[]) : [row[f]];
      for (const targetId of ids) {
        const k = key(target, targetId);
        if (!out.has(k)) {
          out.add(k);
          queue.push(k);
        }
      }
    }
  }
  return out;
}

export interface ScopedRows {
  /** null: every row (an unscoped export) */
  rows: Set<RowKey> | null;
  key: (entity: string, id: string) => RowKey;
}

export function scopedRows(db: Database.Database, scope: BundleScope): ScopedRows {
  if (isFullScope(scope)) return { rows: null, key };
  return { rows: withReferences(db, rowsInScope(db, scope)), key };
}

export function isEntityList(names: string[]): names is EntityName[] {
  return names.every(isEntityName);
}
