import type { EntityName } from '../../../shared/model/registry.ts';
import { stmt, tableFor } from '../db/sql.ts';
import type { Store } from '../store.ts';

export interface FieldChange {
  field: string;
  value: unknown;
  /** the write's wall-clock time (the HLC's first 24 characters: an ISO instant) */
  at: string;
  /** written on this desk, not received in a bundle */
  here: boolean;
}

/** A row's history read from the op log: every field write, oldest first, except the fields that only place it. */
export function fieldHistory(store: Store, entity: EntityName, id: string, placing: readonly string[]): FieldChange[] {
  tableFor(entity); // an entity of the registry, never a name from outside
  const rows = stmt(store.db, 'SELECT hlc, field, value FROM ops WHERE entity = ? AND row_id = ? AND field NOT IN (SELECT value FROM json_each(?)) ORDER BY hlc').all(entity, id, JSON.stringify(placing)) as {
    hlc: string;
    field: string;
    value: string;
  }[];
  return rows.map((r) => ({ field: r.field, value: JSON.parse(r.value) as unknown, at: r.hlc.slice(0, 24), here: r.hlc.endsWith(store.nodeId) }));
}
