import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { currentNativeBinding } from './native.ts';

// A second connection to the store on a thread of its own, for the whole-file work of a large
// import that need not hold up the core's thread:
// - the hash of its ops as written (the digest is checked before the import commits);
// - the backup made before it: VACUUM INTO reads one snapshot, the last commit, so it runs while
//   the import applies, and the import waits for it before it commits;
// - the WAL checkpoint after it, which otherwise runs inside the commit (about as long again).
// The core's thread waits on a shared flag (Atomics.wait), so every door to the core stays a plain
// call. Where the thread cannot start or load SQLite (an unusual packaging), callers do the work
// themselves, as before.

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
let db = null;
function open() {
  if (!db) {
    const Database = require(workerData.module);
    db = new Database(workerData.file, { fileMustExist: true, nativeBinding: workerData.nativeBinding });
    db.pragma('busy_timeout = 5000');
  }
  return db;
}
parentPort.on('message', (m) => {
  if (m.kind === 'copy') {
    const flag = new Int32Array(m.flag);
    let ok = false;
    const existed = fs.existsSync(m.file);
    try { open().prepare('VACUUM INTO ?').run(m.file); ok = true; } catch { if (!existed) try { fs.rmSync(m.file, { force: true }); } catch {} }
    Atomics.store(flag, 0, ok ? 1 : 2);
    Atomics.notify(flag, 0);
  } else if (m.kind === 'hash') {
    const flag = new Int32Array(m.flag);
    let ok = false;
    try { Buffer.from(m.out).write(require('node:crypto').createHash('sha256').update(m.text).digest('hex'), 'latin1'); ok = true; } catch {}
    Atomics.store(flag, 0, ok ? 1 : 2);
    Atomics.notify(flag, 0);
  } else if (m.kind === 'remove') {
    try { fs.rmSync(m.file, { force: true }); } catch {}
  } else if (m.kind === 'checkpoint') {
    try { open().pragma('wal_checkpoint(PASSIVE)'); } catch {}
  } else if (m.kind === 'close') {
    try { if (db) db.close(); } catch {}
    const flag = new Int32Array(m.flag);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
    parentPort.close();
  }
});
`;

/** A copy being made on the helper's thread. */
export interface PendingCopy {
  /** blocks until the copy is written: true, or false when the helper could not make it */
  wait(): boolean;
  /** the copy is not wanted after all (the import was refused): removed once written */
  discard(): void;
}

interface Helper {
  worker: Worker;
  broken: boolean;
}

const helpers = new WeakMap<Database.Database, Helper | null>();

/** no backup of a store this core can open takes this long; past it the caller makes its own */
const COPY_WAIT_MS = 10 * 60_000;
/** a checkpoint of a large import's WAL ends well within this */
const CLOSE_WAIT_MS = 30_000;

function helperFor(db: Database.Database): Helper | null {
  if (helpers.has(db)) return helpers.get(db) ?? null;
  let helper: Helper | null = null;
  try {
    if (!db.open || db.memory) throw new Error('no file');
    const module = createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { module, file: db.name, nativeBinding: currentNativeBinding() } });
    worker.unref(); // an idle helper keeps no process (a test, the CLI) alive
    const made: Helper = { worker, broken: false };
    worker.on('error', () => (made.broken = true));
    worker.on('exit', () => (made.broken = true));
    helper = made;
  } catch {
    helper = null;
  }
  helpers.set(db, helper);
  return helper;
}

/** Starts a consistent copy of the store's last commit into `file`; null when no helper can make it. */
export function startCopy(db: Database.Database, file: string): PendingCopy | null {
  const helper = helperFor(db);
  if (!helper || helper.broken) return null;
  const flag = new Int32Array(new SharedArrayBuffer(4));
  helper.worker.postMessage({ kind: 'copy', file, flag: flag.buffer });
  return {
    wait() {
      if (Atomics.load(flag, 0) === 0) Atomics.wait(flag, 0, 0, COPY_WAIT_MS);
      return Atomics.load(flag, 0) === 1;
    },
    discard() {
      if (!helper.broken) helper.worker.postMessage({ kind: 'remove', file });
    },
  };
}

/** The SHA-256 (hex) of `text`, computed on the helper's thread meanwhile; null when no helper can. */
export function startHash(db: Database.Database, text: string): { wait(): string | null } | null {
  const helper = helperFor(db);
  if (!helper || helper.broken) return null;
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const out = new SharedArrayBuffer(64);
  helper.worker.postMessage({ kind: 'hash', text, flag: flag.buffer, out });
  return {
    wait() {
      if (Atomics.load(flag, 0) === 0) Atomics.wait(flag, 0, 0, COPY_WAIT_MS);
      return Atomics.load(flag, 0) === 1 ? Buffer.from(out).toString('latin1') : null;
    },
  };
}

/**
 * Runs `write` with SQLite's automatic checkpoint off, then checkpoints on the helper's thread:
 * a large transaction's commit then only appends to the WAL. Without a helper: as usual.
 */
export function checkpointAfter<T>(db: Database.Database, write: () => T): T {
  const helper = helperFor(db);
  if (!helper || helper.broken) return write();
  const before = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma('wal_autocheckpoint = 0');
  try {
    return write();
  } finally {
    db.pragma(`wal_autocheckpoint = ${before}`);
    if (!helper.broken) helper.worker.postMessage({ kind: 'checkpoint' });
  }
}

/**
 * Closes the helper's connection before the store's own closes: a restore copies another file over
 * the store next, which no connection may hold open. Waits for what the helper was doing.
 */
export function closeHelper(db: Database.Database): void {
  const helper = helpers.get(db);
  helpers.delete(db);
  if (!helper || helper.broken) return;
  const flag = new Int32Array(new SharedArrayBuffer(4));
  helper.worker.postMessage({ kind: 'close', flag: flag.buffer });
  Atomics.wait(flag, 0, 0, CLOSE_WAIT_MS);
}
