import type { ChannelOutput } from '../../../shared/contract.ts';
import { DELETED_FIELD, entities, entityNames, type FieldDef } from '../../../shared/model/registry.ts';

import { getSettings } from '../db/local-settings.ts';
import type { Store } from '../store.ts';
import { fieldHeads } from '../sync/oplog.ts';
import { quoteIdent, stmt, tableFor } from '../db/sql.ts';
import { APP_VERSION } from '../version.ts';

export function appInfo(store: Store): ChannelOutput<'app.info'> {
  const counts: Record<string, number> = {};
  for (const name of entityNames) {
    counts[name] = (stmt(store.db, `SELECT count(*) AS n FROM ${tableFor(name)} WHERE _deleted = 0`).get() as { n: number }).n;
  }
  counts.ops = (stmt(store.db, 'SELECT count(*) AS n FROM ops').get() as { n: number }).n;
  return {
    version: APP_VERSION,
    schemaVersion: store.db.pragma('user_version', { simple: true }) as number,
    nodeId: store.nodeId,
    dataDir: store.dataDir,
    country: getSettings(store).country,
    counts,
    openConflicts: countOpenConflicts(store),
  };
}

export function countOpenConflicts(store: Store): number {
  return (stmt(store.db, 'SELECT count(*) AS n FROM (SELECT DISTINCT entity, row_id, field FROM conflicts)').get() as { n: number }).n;
}

export function openConflicts(store: Store): ChannelOutput<'app.dump'>['conflicts'] {
  const rows = stmt(store.db, 'SELECT entity, row_id, field, kind FROM conflicts ORDER BY entity, row_id, field, kind').all() as {
    entity: string;
    row_id: string;
    field: string;
    kind: 'value' | 'edit_after_delete';
  }[];
  return rows.map((r) => ({
    entity: r.entity,
    id: r.row_id,
    field: r.field,
    kind: r.kind,
    heads: fieldHeads(store.db, r.entity as never, r.row_id, r.field),
  }));
}

/** Canonical content of the store: every synced row (sorted by id) and every open conflict. */
export function dumpStore(store: Store): ChannelOutput<'app.dump'> {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const name of entityNames) {
    const fields = Object.entries(entities[name].fields as Record<string, FieldDef>);
    const cols = ['id', ...fields.map(([f]) => f), '_deleted'].map(quoteIdent).join(', ');
    const rows = stmt(store.db, `SELECT ${cols} FROM ${tableFor(name)} ORDER BY id`).all() as Record<string, unknown>[];
    out[name] = rows.map((row) => {
      const clean: Record<string, unknown> = { id: row.id };
      for (const [f, def] of fields) clean[f] = def.json ? JSON.parse((row[f] as string | null) ?? '[]') : (row[f] ?? null);
      clean[DELETED_FIELD] = row._deleted === 1;
      return clean;
    });
  }
  return { schemaVersion: store.schemaVersion, entities: out, conflicts: openConflicts(store) };
}

export function checkStore(store: Store): ChannelOutput<'app.check'> {
  const problems: string[] = [];
  const integrity = store.db.pragma('integrity_check') as { integrity_check: string }[];
  for (const r of integrity) if (r.integrity_check !== 'ok') problems.push(r.integrity_check);
  const fk = store.db.pragma('foreign_key_check') as unknown[];
  if (fk.length) problems.push(`${fk.length} foreign key violations`);
  // every synced row is a view of its ops: a row with no op was written around the op log
  for (const name of entityNames) {
    const orphans = (stmt(store.db, `SELECT count(*) AS n FROM ${tableFor(name)} t WHERE NOT EXISTS (SELECT 1 FROM ops o WHERE o.entity = ? AND o.row_id = t.id)`).get(name) as { n: number }).n;
    if (orphans) problems.push(`${orphans} ${name} rows without any change in the op log`);
  }
  const strayConflicts = (stmt(store.db, 'SELECT count(*) AS n FROM conflicts c WHERE NOT EXISTS (SELECT 1 FROM ops o WHERE o.entity = c.entity AND o.row_id = c.row_id)').get() as { n: number }).n;
  if (strayConflicts) problems.push(`${strayConflicts} conflicts about rows without changes`);
  return { ok: problems.length === 0, problems };
}
