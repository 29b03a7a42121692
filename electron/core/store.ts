import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import type Database from 'better-sqlite3';
import { formatHlc, parseHlc, send, type Clock } from '../../shared/hlc.ts';
import { openDatabase, storePath, type OpenOptions } from './db/open.ts';
import { replayPending } from './sync/oplog.ts';
import { stmt } from './sync/sql.ts';

/** An open store: the database, this node's clock, and a write transaction helper. */
export interface Store {
  readonly db: Database.Database;
  readonly dataDir: string;
  readonly nodeId: string;
  /** next timestamp for a local op; only valid inside write() */
  tick(): string;
  /** current clock (for recv on import) */
  clock(): Clock;
  /** runs fn in one immediate transaction; the clock moves only when it commits */
  write<T>(fn: (tx: { setClock(c: Clock): void }) => T): T;
  close(): void;
}

export function getMeta(db: Database.Database, key: string): string | undefined {
  return (stmt(db, 'SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

export function setMeta(db: Database.Database, key: string, value: string): void {
  stmt(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

export async function openStore(dataDir: string, options: OpenOptions = {}): Promise<Store> {
  const db = await openDatabase(dataDir, options);
  const nodeId = ensureNodeId(db, dataDir);
  // ops kept for entities or fields an older version did not know apply now, if this version knows them
  db.transaction(() => replayPending(db))();
  const saved = parseHlc(getMeta(db, 'clock') ?? '');
  let committed: Clock = { millis: saved?.millis ?? 0, counter: saved?.counter ?? 0, node: nodeId };
  let pending: Clock | null = null;

  const store: Store = {
    db,
    dataDir,
    nodeId,
    tick() {
      if (!pending) throw new Error('tick() outside write()');
      pending = send(pending, Date.now());
      return formatHlc(pending);
    },
    clock: () => pending ?? committed,
    write(fn) {
      // nested: already inside a write, so join it (one transaction, one clock)
      if (pending) return fn({ setClock: (c) => (pending = { ...c, node: nodeId }) });
      const run = db.transaction(() => {
        pending = { ...committed };
        const result = fn({ setClock: (c) => (pending = { ...c, node: nodeId }) });
        setMeta(db, 'clock', formatHlc(pending));
        return result;
      });
      try {
        const result = run.immediate();
        committed = pending!;
        return result;
      } finally {
        pending = null;
      }
    },
    close() {
      if (db.open) db.close();
    },
  };
  return store;
}

/**
 * A store copied to another machine or folder must not reuse the node id (two writers with one
 * id would mint equal clocks). The id is tied to a fingerprint of host and path.
 */
function ensureNodeId(db: Database.Database, dataDir: string): string {
  const home = crypto
    .createHash('sha256')
    .update(`${os.hostname()}\u0000${fs.realpathSync(storePath(dataDir))}`)
    .digest('hex')
    .slice(0, 16);
  const current = getMeta(db, 'node_id');
  if (current && getMeta(db, 'node_home') === home) return current;
  const nodeId = crypto.randomBytes(8).toString('hex');
  db.transaction(() => {
    if (current) setMeta(db, 'previous_node_ids', JSON.stringify([...JSON.parse(getMeta(db, 'previous_node_ids') ?? '[]'), current]));
    setMeta(db, 'node_id', nodeId);
    setMeta(db, 'node_home', home);
    if (!getMeta(db, 'created_at')) setMeta(db, 'created_at', new Date().toISOString());
  })();
  return nodeId;
}
