import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, type BundleScope } from '../../../shared/bundle.ts';

import { getSettings } from '../db/local-settings.ts';
import type { Store } from '../store.ts';
import { canonicalStoredOp } from './canonical.ts';
import { deviceKey } from './keys.ts';
import { scopedRows, scopeKey, withReferences, type ScopedRows } from './scope.ts';
import { stmt } from '../db/sql.ts';

// Export: full (every op), delta (every op added to our log since our last export to that peer for
// that scope, by local insertion order — our own and those we imported, so bundles travel on), or
// scoped (by entity or convention, with the rows they refer to). The bundle text is written from the
// stored canonical JSON of each op, without parsing it back.

export interface ExportOptions {
  /** make a delta for this peer (and remember what was sent); without it, a full export */
  peer?: string;
  scope?: BundleScope;
  /** only the ops this desk wrote (a shared sync folder: every desk reads every other desk's files) */
  ownOnly?: boolean;
  /** with a peer: everything again (a full bundle), and the mark moves on */
  fromStart?: boolean;
  onProgress?: (done: number, total: number) => void;
  /**
   * false: the delta's mark is not moved here but by the caller (recordExportMark with `lastSeq`):
   * an export made on another connection (a worker) stays a read, never a write that could wait
   */
  mark?: boolean;
}

export interface ExportedBundle {
  text: string;
  bundleId: string;
  createdAt: string;
  opsCount: number;
  /** the end of the log the bundle covers (what a delta's mark moves to) */
  lastSeq: number;
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

const OP_COLUMNS = 'seq, hlc, entity, row_id, field, value, parents';

export function exportBundle(store: Store, options: ExportOptions = {}): ExportedBundle {
  const parts: string[] = [];
  const exported = writeBundle(store, options, (part) => parts.push(part));
  return { ...exported, text: parts.join('') };
}

/**
 * The same bundle, written to a file as it is made (temporary name, fsync, rename), so that a full
 * export of a million ops never exists as one string. The file is byte for byte what exportBundle returns.
 */
export function exportBundleToFile(store: Store, target: string | FileNamer, options: ExportOptions = {}): Omit<ExportedBundle, 'text'> & { file: string | null } {
  const tmp = typeof target === 'string' ? `${target}.partial` : path.join(target.dir, `${target.tempName}.partial`);
  const fd = fs.openSync(tmp, 'w');
  let pending: string[] = [];
  let pendingChars = 0;
  const flush = () => {
    if (pendingChars === 0) return;
    fs.writeSync(fd, pending.join(''));
    pending = [];
    pendingChars = 0;
  };
  try {
    const exported = writeBundle(store, options, (part) => {
      pending.push(part);
      pendingChars += part.length;
      if (pendingChars >= WRITE_CHARS) flush();
    });
    flush();
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    const file = typeof target === 'string' ? target : target.name(exported);
    if (file) fs.renameSync(tmp, typeof target === 'string' ? file : path.join(target.dir, file));
    else fs.rmSync(tmp, { force: true });
    return { ...exported, file };
  } catch (err) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

const WRITE_CHARS = 4 * 1024 * 1024;

/** A file named from what it holds (or not kept: null), in `dir`; written first under `tempName`.partial. */
export interface FileNamer {
  dir: string;
  tempName: string;
  name: (exported: Omit<ExportedBundle, 'text'>) => string | null;
}

/** Makes the bundle part by part into `out`: head, ops (hashed as they go), then digest and signature. */
function writeBundle(store: Store, options: ExportOptions, out: (part: string) => void): Omit<ExportedBundle, 'text'> {
  const db = store.db;
  const scope = options.scope ?? {};
  const sKey = scopeKey(scope);
  return db.transaction(() => {
    const since = options.peer && !options.fromStart ? ((stmt(db, 'SELECT last_seq FROM export_marks WHERE peer = ? AND scope = ?').get(options.peer, sKey) as { last_seq: number } | undefined)?.last_seq ?? 0) : 0;
    const maxSeq = (stmt(db, 'SELECT coalesce(max(seq), 0) AS m FROM ops').get() as { m: number }).m;
    const scoped = scopedRows(db, scope);
    const total = maxSeq - since;
    const settings = getSettings(store);
    const bundleId = crypto.randomUUID();
    const createdAt = new Date().toISOString();
    const head = {
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      schemaVersion: store.schemaVersion,
      bundleId,
      createdAt,
      origin: { nodeId: store.nodeId, label: settings.deviceLabel, country: settings.country },
      scope,
      ...(options.peer ? { since: { peer: options.peer } } : {}),
    };
    out(`${JSON.stringify(head).slice(0, -1)},"ops":`);
    const hash = crypto.createHash('sha256');
    const opsOut = (part: string) => {
      hash.update(part);
      out(part);
    };
    const count = scoped.rows ? scopedOps(db, scoped, since, total, options.onProgress, opsOut) : allOps(db, since, maxSeq, options.onProgress, options.ownOnly ? store.nodeId : null, opsOut);
    const digest = hash.digest('hex');
    const key = deviceKey(db);
    const tail = { digest, signature: { alg: 'Ed25519', publicKey: key.publicKey, value: key.sign(digest) } };
    out(`,${JSON.stringify(tail).slice(1)}`);
    if (options.peer && options.mark !== false) recordExportMark(store, options.peer, scope, maxSeq, createdAt);
    return { bundleId, createdAt, opsCount: count, lastSeq: maxSeq };
  })();
}

/** What a delta for this peer and scope has carried: the next one starts after `lastSeq`. */
export function recordExportMark(store: Store, peer: string, scope: BundleScope, lastSeq: number, exportedAt: string): void {
  stmt(store.db, 'INSERT INTO export_marks (peer, scope, last_seq, exported_at) VALUES (?, ?, ?, ?) ON CONFLICT(peer, scope) DO UPDATE SET last_seq = excluded.last_seq, exported_at = excluded.exported_at').run(
    peer,
    scopeKey(scope),
    lastSeq,
    exportedAt,
  );
}

type Progress = ExportOptions['onProgress'];
const CHUNK = 10_000;

// The same text as canonicalStoredOp, concatenated by SQLite itself: an unscoped export never
// materializes one JS object per op, which keeps it near the cost of reading the log.
const CANONICAL_SQL = `'{"hlc":"' || hlc || '","entity":"' || entity || '","id":"' || row_id || '","field":"' || field || '","value":' || value || ',"parents":' || parents || '}'`;

/** Every op after `since`, in log order, as one JSON array text written part by part; progress every CHUNK seqs. */
function allOps(db: Database.Database, since: number, maxSeq: number, onProgress: Progress, ownNode: string | null, out: (part: string) => void): number {
  // an op's clock ends with the node id of the desk that wrote it
  const chunk = stmt(db, `SELECT group_concat(${CANONICAL_SQL}, ',' ORDER BY seq) AS text, count(*) AS n FROM ops WHERE seq > @from AND seq <= @to AND (@node IS NULL OR substr(hlc, -length(@node)) = @node)`);
  let count = 0;
  out('[');
  for (let from = since; from < maxSeq; from += CHUNK) {
    const r = chunk.get({ from, to: Math.min(from + CHUNK, maxSeq), node: ownNode }) as { text: string | null; n: number };
    if (r.text) out(count > 0 ? `,${r.text}` : r.text);
    count += r.n;
    onProgress?.(Math.min(from + CHUNK, maxSeq) - since, maxSeq - since);
  }
  out(']');
  onProgress?.(maxSeq - since, maxSeq - since);
  return count;
}

/** The ops of rows in scope (and, for a delta, the whole history of rows with news). */
function scopedOps(db: Database.Database, scoped: ScopedRows, since: number, total: number, onProgress: Progress, out: (part: string) => void): number {
  let picked: OpRow[] = [];
  const rowsWithNews = new Set<string>();
  let done = 0;
  for (const r of stmt(db, `SELECT ${OP_COLUMNS} FROM ops WHERE seq > ? ORDER BY seq`).iterate(since) as Iterable<OpRow>) {
    if (++done % CHUNK === 0) onProgress?.(done, total);
    const k = scoped.key(r.entity, r.row_id);
    if (!scoped.rows!.has(k)) continue;
    picked.push(r);
    rowsWithNews.add(k);
  }
  // a scoped delta sends whole rows: a row with news may have just come into scope, and the rows
  // it refers to must arrive complete too; re-sent ops cost nothing
  if (since > 0) {
    const seen = new Set(picked.map((r) => r.hlc));
    const older = stmt(db, `SELECT ${OP_COLUMNS} FROM ops WHERE entity = ? AND row_id = ? AND seq <= ?`);
    for (const k of withReferences(db, rowsWithNews)) {
      const [entity, id] = k.split('\u0000');
      for (const r of older.all(entity, id, since) as OpRow[]) if (!seen.has(r.hlc)) picked.push(r);
    }
    picked = picked.sort((a, b) => a.seq - b.seq);
  }
  onProgress?.(total, total);
  out(`[${picked.map((r) => canonicalStoredOp(r.hlc, r.entity, r.row_id, r.field, r.value, r.parents)).join(',')}]`);
  return picked.length;
}
