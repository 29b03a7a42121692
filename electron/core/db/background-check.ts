import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { currentNativeBinding, openSqlite } from './native.ts';

// SQLite's quick_check of a large store, in a worker thread on its own read-only connection, so
// the window opens and answers meanwhile (WAL: the check reads a consistent snapshot while the
// app writes). Where a worker cannot load better-sqlite3 (an unusual packaging), the check runs
// here instead, a moment after start.

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true, nativeBinding: workerData.nativeBinding });
try { parentPort.postMessage(String(db.pragma('quick_check', { simple: true }))); } finally { db.close(); }
`;

// a damaged file makes SQLite throw rather than report: that is a finding, not a failure to check
const DAMAGE = /malformed|corrupt|not a database/i;

function checkHere(file: string): string {
  const db = openSqlite(file, { readonly: true, fileMustExist: true });
  try {
    return String(db.pragma('quick_check', { simple: true }));
  } finally {
    db.close();
  }
}

/** 'ok', or SQLite's first finding; rejects only when the file cannot be read at all */
export function quickCheckInBackground(file: string): Promise<string> {
  let module: string;
  try {
    module = createRequire(import.meta.url).resolve('better-sqlite3');
  } catch {
    return new Promise((resolve, reject) => setTimeout(() => settle(resolve, reject, () => checkHere(file)), 0));
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { module, file, nativeBinding: currentNativeBinding() } });
    let answered = false;
    worker.once('message', (result: string) => {
      answered = true;
      resolve(result);
    });
    worker.once('error', (err) => {
      if (answered) return;
      answered = true;
      if (DAMAGE.test(err.message)) return resolve(err.message);
      settle(resolve, reject, () => checkHere(file));
    });
  });
}

/** runs the check here and settles the promise with its finding */
function settle(resolve: (v: string) => void, reject: (e: unknown) => void, check: () => string): void {
  try {
    resolve(check());
  } catch (err) {
    if (err instanceof Error && DAMAGE.test(err.message)) resolve(err.message);
    else reject(err);
  }
}
