import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors.ts';
import { formatHlc, parseHlc, send, type Clock } from '../../shared/hlc.ts';
import { openDatabase, storePath, type OpenOptions } from './db/open.ts';
import { migrations } from './schema.ts';
import { ALL_TOPICS, type ChangeEvent, type Topic } from '../../shared/changes.ts';
import { replayPending } from './sync/oplog.ts';
import { takeTouched } from './sync/touched.ts';
import { getMeta, setMeta } from './db/meta.ts';
import { closeHelper } from './db/store-helper.ts';

/** An open store: the database, this node's clock, and a write transaction helper. */
export interface Store {
  /** the open database; another one after reopen() (a restored backup, the sample country) */
  readonly db: Database.Database;
  readonly dataDir: string;
  readonly nodeId: string;
  readonly schemaVersion: number;
  /** next timestamp for a local op; only valid inside write() */
  tick(): string;
  /** current clock (for recv on import) */
  clock(): Clock;
  /** runs fn in one immediate transaction; the clock moves only when it commits */
  write<T>(fn: (tx: { setClock(c: Clock): void }) => T): T;
  /** the change feed: called after every commit that changed synced rows or the named local state */
  onChange(listener: (event: ChangeEvent) => void): () => void;
  /** tells the feed about local (unsynced) state a caller changed, e.g. settings */
  emitChange(topics: readonly Topic[]): void;
  /**
   * Watches for commits by another process on the same file (the CLI importing a bundle while the
   * app runs) with SQLite's data_version, every intervalMs; returns a function that stops watching.
   */
  watchOtherProcesses(intervalMs?: number): () => void;
  /**
   * Closes the database and opens the store in dataDir in its place, running `prepare` in between
   * (a restored backup is copied over the file then). Every holder of this Store (doors, watchers,
   * caches listening to the feed) goes on with the new database; the feed announces every topic.
   * On the same desk the clock never goes back, so edits made after a restore still win.
   */
  reopen(dataDir: string, prepare?: () => void): Promise<void>;
  /** the content check was left for later at open (a large store; see checkStoreInBackground) */
  readonly checkDeferred: boolean;
  /** while set, every write is refused with this error (a store found damaged after it opened) */
  readonly writeRefusal: AppError | null;
  refuseWrites(reason: AppError | null): void;
  close(): void;
}

export { getMeta, setMeta } from './db/meta.ts';

interface Opened {
  db: Database.Database;
  nodeId: string;
  clock: Clock;
  checkDeferred: boolean;
}

async function openOne(dataDir: string, options: Omit<OpenOptions, 'migrations'>): Promise<Opened> {
  const { db, checkDeferred } = await openDatabase(dataDir, { ...options, migrations });
  const nodeId = ensureNodeId(db, dataDir);
  // ops kept for entities or fields an older version did not know apply now, if this version knows them
  db.transaction(() => replayPending(db))();
  const saved = parseHlc(getMeta(db, 'clock') ?? '');
  return { db, nodeId, checkDeferred, clock: { millis: saved?.millis ?? 0, counter: saved?.counter ?? 0, node: nodeId } };
}

const later = (a: Clock, b: Clock): Clock => (a.millis > b.millis || (a.millis === b.millis && a.counter >= b.counter) ? a : b);

export async function openStore(firstDataDir: string, options: Omit<OpenOptions, 'migrations'> = {}): Promise<Store> {
  let dataDir = firstDataDir;
  let { db, nodeId, clock: committed, checkDeferred } = await openOne(dataDir, options);
  let writeRefusal: AppError | null = null;
  let pending: Clock | null = null;
  const listeners = new Set<(event: ChangeEvent) => void>();
  const emit = (event: ChangeEvent) => {
    if (event.topics.length === 0) return;
    for (const l of listeners) {
      try {
        l(event);
      } catch {
        // a listener's failure (a closed connection) must not undo a committed write
      }
    }
  };
  let watchTimer: NodeJS.Timeout | null = null;
  let seenVersion = 0;

  const store: Store = {
    get db() {
      return db;
    },
    get dataDir() {
      return dataDir;
    },
    get nodeId() {
      return nodeId;
    },
    get schemaVersion() {
      return db.pragma('user_version', { simple: true }) as number;
    },
    tick() {
      if (!pending) throw new Error('tick() outside write()');
      pending = send(pending, Date.now());
      return formatHlc(pending);
    },
    clock: () => pending ?? committed,
    write(fn) {
      if (writeRefusal) throw writeRefusal;
      // nested: already inside a write, so join it (one transaction, one clock)
      if (pending) return fn({ setClock: (c) => (pending = { ...c, node: nodeId }) });
      takeTouched(db); // what a rolled-back preview noted is not a change
      const run = db.transaction(() => {
        // another connection may have moved the clock on (the CLI importing while the app runs):
        // a local edit after it must still come after what it brought
        const saved = parseHlc(getMeta(db, 'clock') ?? '');
        pending = saved ? later(committed, { ...saved, node: nodeId }) : { ...committed };
        const result = fn({ setClock: (c) => (pending = { ...c, node: nodeId }) });
        setMeta(db, 'clock', formatHlc(pending));
        return result;
      });
      try {
        const result = run.immediate();
        committed = pending!;
        pending = null;
        emit({ topics: takeTouched(db) as Topic[] });
        return result;
      } finally {
        pending = null;
      }
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emitChange(topics) {
      emit({ topics: [...topics] });
    },
    watchOtherProcesses(intervalMs = 1000) {
      if (watchTimer) clearInterval(watchTimer);
      // data_version changes only when another connection commits; what it changed is unknown, so every topic
      seenVersion = db.pragma('data_version', { simple: true }) as number;
      const timer = setInterval(() => {
        if (!db.open) return;
        const now = db.pragma('data_version', { simple: true }) as number;
        if (now === seenVersion) return;
        seenVersion = now;
        emit({ topics: [...ALL_TOPICS], external: true });
      }, intervalMs);
      timer.unref();
      watchTimer = timer;
      return () => {
        clearInterval(timer);
        if (watchTimer === timer) watchTimer = null;
      };
    },
    async reopen(nextDir, prepare) {
      if (pending) throw new Error('reopen() inside write()');
      const before = { nodeId, clock: committed };
      closeHelper(db);
      db.close();
      try {
        prepare?.();
      } finally {
        // whatever prepare did, a store is open afterwards (the same one when prepare failed),
        // checked before it opens: a restore or the sample is the user's own long operation
        const next = await openOne(nextDir, { ...options, checkAtOpenBytes: undefined });
        ({ db, nodeId } = next);
        checkDeferred = false;
        writeRefusal = null;
        dataDir = nextDir;
        committed = next.nodeId === before.nodeId ? later(next.clock, before.clock) : next.clock;
        seenVersion = db.pragma('data_version', { simple: true }) as number;
      }
      emit({ topics: [...ALL_TOPICS] });
    },
    get checkDeferred() {
      return checkDeferred;
    },
    get writeRefusal() {
      return writeRefusal;
    },
    refuseWrites(reason) {
      writeRefusal = reason;
    },
    close() {
      if (watchTimer) clearInterval(watchTimer);
      listeners.clear();
      closeHelper(db);
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
