import { entities, isEntityName, type EntityName, type FieldDef } from '../../../shared/model/registry.ts';
import type { ConflictAbout } from '../../../shared/model/sync.ts';
import type { Store } from '../store.ts';
import { stmt, tableFor } from '../sync/sql.ts';

// What a conflict is about, in words a person recognizes: the row's name (or the name of the row it
// belongs to), the reference ids the renderer translates (role, instrument, framework target), and
// the names behind ids that a conflicting value holds. Deleted rows keep their names here: a
// conflict is often about one.

type Row = Record<string, string | null>;

function one(store: Store, sql: string, id: string): Row | undefined {
  return stmt(store.db, sql).get(id) as Row | undefined;
}

export function conflictSubject(store: Store, entity: EntityName, id: string): { rowLabel: string | null; about: ConflictAbout } {
  switch (entity) {
    case 'person':
    case 'institution':
      return { rowLabel: one(store, `SELECT name FROM ${tableFor(entity)} WHERE id = ?`, id)?.name ?? null, about: {} };
    case 'designation': {
      const r = one(store, 'SELECT p.name, d.roleId, d.instrumentId FROM designation d LEFT JOIN person p ON p.id = d.personId WHERE d.id = ?', id);
      return { rowLabel: r?.name ?? null, about: { roleId: r?.roleId ?? null, instrumentId: r?.instrumentId ?? null } };
    }
    case 'nationalTarget': {
      const r = one(store, 'SELECT code, title FROM national_target WHERE id = ?', id);
      return { rowLabel: r ? [r.code, r.title].filter(Boolean).join(' — ') || null : null, about: {} };
    }
    case 'alignment': {
      const r = one(store, 'SELECT t.code, a.frameworkItemId FROM alignment a LEFT JOIN national_target t ON t.id = a.nationalTargetId WHERE a.id = ?', id);
      return { rowLabel: r?.code ?? null, about: { frameworkItemId: r?.frameworkItemId ?? null } };
    }
    case 'membership':
      return { rowLabel: null, about: { instrumentId: id } };
    case 'crosswalkEdit': {
      const r = one(store, 'SELECT fromItemId, toItemId FROM crosswalk_edit WHERE id = ?', id);
      return { rowLabel: null, about: { fromItemId: r?.fromItemId ?? null, toItemId: r?.toItemId ?? null } };
    }
  }
}

/** Names for the ids a value holds (one id, or a list of ids), or null when it holds none. */
export function valueLabel(store: Store, entity: EntityName, field: string, value: unknown): string | null {
  const def = (entities[entity].fields as Record<string, FieldDef>)[field];
  const target = def?.ref ?? def?.listRef;
  if (!target || !isEntityName(target)) return null;
  const ids = Array.isArray(value) ? value : [value];
  if (!ids.length || !ids.every((v) => typeof v === 'string')) return null;
  const labelColumn = target === 'nationalTarget' ? 'code' : 'name';
  const lookup = stmt(store.db, `SELECT ${labelColumn} AS label FROM ${tableFor(target)} WHERE id = ?`);
  return ids.map((v) => (lookup.get(v) as { label: string | null } | undefined)?.label ?? '?').join(', ');
}
