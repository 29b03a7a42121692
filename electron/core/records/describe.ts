import { entities, type EntityName } from '../../../shared/model/registry.ts';
import type { DescribeRow } from '../area.ts';
import { stmt, tableFor } from '../db/sql.ts';

/** A conflicts-inbox describer for rows that are named by one of their own fields (default: name). */
export function describeByLabel(entity: EntityName): DescribeRow {
  const column = (entities[entity] as { labelField?: string }).labelField ?? 'name';
  return (store, id) => {
    const row = stmt(store.db, `SELECT "${column}" AS label FROM ${tableFor(entity)} WHERE id = ?`).get(id) as { label: string | null } | undefined;
    return { rowLabel: row?.label ?? null, about: {} };
  };
}
