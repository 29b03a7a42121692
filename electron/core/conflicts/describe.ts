import { entities, isEntityName, type EntityName, type FieldDef } from '../../../shared/model/registry.ts';
import type { ConflictAbout } from '../../../shared/model/sync.ts';
import type { DescribeRow } from '../area.ts';
import { stmt, tableFor } from '../db/sql.ts';
import type { Store } from '../store.ts';

// What a conflict is about, in words a person recognizes: each area says how its rows are named
// (its index.ts `describe`); the names behind ids that a conflicting value holds come from the
// registry's references. Deleted rows keep their names here: a conflict is often about one.

export type Describers = Partial<Record<EntityName, DescribeRow>>;

export function conflictSubject(store: Store, describers: Describers, entity: EntityName, id: string): { rowLabel: string | null; about: ConflictAbout } {
  return describers[entity]?.(store, id) ?? { rowLabel: null, about: {} };
}

/** Names for the ids a value holds (one id, or a list of ids), or null when it holds none. */
export function valueLabel(store: Store, entity: EntityName, field: string, value: unknown): string | null {
  const def = (entities[entity].fields as Record<string, FieldDef>)[field];
  const target = def?.ref ?? def?.listRef;
  if (!target || !isEntityName(target)) return null;
  const ids = Array.isArray(value) ? value : [value];
  if (!ids.length || !ids.every((v) => typeof v === 'string')) return null;
  const labelColumn = (entities[target] as { labelField?: string }).labelField ?? 'name';
  const lookup = stmt(store.db, `SELECT "${labelColumn}" AS label FROM ${tableFor(target)} WHERE id = ?`);
  return ids.map((v) => (lookup.get(v) as { label: string | null } | undefined)?.label ?? '?').join(', ');
}
