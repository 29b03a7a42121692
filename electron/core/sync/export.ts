import crypto from 'node:crypto';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, type Bundle, type BundleScope } from '../../../shared/bundle.ts';
import type { Op, OpValue } from '../../../shared/model/ops.ts';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index.ts';
import { getSettings } from '../settings/service.ts';
import type { Store } from '../store.ts';
import { digestOps } from './canonical.ts';
import { deviceKey } from './keys.ts';
import { scopedRows, scopeKey } from './scope.ts';
import { stmt } from './sql.ts';

// Export: full (every op), delta (every op added to our log since our last export to that peer for
// that scope, by local insertion order — our own and those we imported, so bundles travel on), or
// scoped (by entity or convention, with the rows they refer to).

export interface ExportOptions {
  /** make a delta for this peer (and remember what was sent); without it, a full export */
  peer?: string;
  scope?: BundleScope;
  onProgress?: (done: number, total: number) => void;
}

interface OpRow {
  seq: number;
  hlc: string;
  entity: string;
  row_id: string;
  field: string;
  value: string;
  parents: string;
}

const toOp = (r: OpRow): Op => ({ hlc: r.hlc, entity: r.entity, id: r.row_id, field: r.field, value: JSON.parse(r.value) as OpValue, parents: JSON.parse(r.parents) as string[] });

export function exportBundle(store: Store, options: ExportOptions = {}): { bundle: Bundle; text: string } {
  const db = store.db;
  const scope = options.scope ?? {};
  const sKey = scopeKey(scope);
  return db.transaction(() => {
    const since = options.peer ? ((stmt(db, 'SELECT last_seq FROM export_marks WHERE peer = ? AND scope = ?').get(options.peer, sKey) as { last_seq: number } | undefined)?.last_seq ?? 0) : 0;
    const maxSeq = (stmt(db, 'SELECT coalesce(max(seq), 0) AS m FROM ops').get() as { m: number }).m;
    const scoped = scopedRows(db, scope);
    const total = (stmt(db, 'SELECT count(*) AS n FROM ops WHERE seq > ?').get(since) as { n: number }).n;

    const picked: OpRow[] = [];
    const rowsWithNews = new Set<string>();
    let done = 0;
    for (const r of stmt(db, 'SELECT seq, hlc, entity, row_id, field, value, parents FROM ops WHERE seq > ? ORDER BY seq').iterate(since) as Iterable<OpRow>) {
      if (++done % 10_000 === 0) options.onProgress?.(done, total);
      const k = scoped.key(r.entity, r.row_id);
      if (scoped.rows && !scoped.rows.has(k)) continue;
      picked.push(r);
      if (scoped.rows && since > 0) rowsWithNews.add(k);
    }
    // a scoped delta sends whole rows: a row that just came into scope (or a row it refers to)
    // must arrive complete, and re-sent ops cost nothing
    if (scoped.rows && since > 0) {
      const seen = new Set(picked.map((r) => r.hlc));
      const older = stmt(db, 'SELECT seq, hlc, entity, row_id, field, value, parents FROM ops WHERE entity = ? AND row_id = ? AND seq <= ?');
      for (const k of scoped.rows) {
        const [entity, id] = k.split('\u0000');
        for (const r of older.all(entity, id, since) as OpRow[]) if (!seen.has(r.hlc)) picked.push(r);
      }
      picked.sort((a, b) => a.seq - b.seq);
    }
    options.onProgress?.(total, total);

    const ops = picked.map(toOp);
    const digest = digestOps(ops);
    const key = deviceKey(db);
    const settings = getSettings(store);
    const bundle: Bundle = {
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      schemaVersion: LATEST_SCHEMA_VERSION,
      bundleId: crypto.randomUUID(),
      createdAt: new Date().toISOString(),
      origin: { nodeId: store.nodeId, label: settings.deviceLabel, country: settings.country },
      scope,
      ...(options.peer ? { since: { peer: options.peer } } : {}),
      ops,
      digest,
      signature: { alg: 'Ed25519', publicKey: key.publicKey, value: key.sign(digest) },
    };
    if (options.peer) {
      stmt(db, 'INSERT INTO export_marks (peer, scope, last_seq, exported_at) VALUES (?, ?, ?, ?) ON CONFLICT(peer, scope) DO UPDATE SET last_seq = excluded.last_seq, exported_at = excluded.exported_at').run(
        options.peer,
        sKey,
        maxSeq,
        bundle.createdAt,
      );
    }
    return { bundle, text: JSON.stringify(bundle) };
  })();
}
