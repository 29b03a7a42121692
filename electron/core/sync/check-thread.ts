import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { AppError, type ErrorPayload } from '../../../shared/errors.ts';
import { CHECK_DONE, CHECK_STARTED, THREAD_FAILED, THREAD_READY, type CheckRequest } from './check-protocol.ts';

// A bundle read whole is checked (readBundle: shape, values, clocks, digest) on a thread of its
// own while the core's thread applies it inside the import's transaction; the transaction commits
// only once the checks have passed, and otherwise rolls back with the error they found. The checks
// were a fifth of an import's time. One thread serves every import of the process; it starts with
// the first and stops after a while idle. Where it cannot start (an unusual packaging), the caller
// checks the bundle itself, as before.

/** A check running on the thread. */
export interface PendingCheck {
  /** blocks until the verdict; throws the error the checks found (an AppError), returns when all passed */
  wait(): void;
}

interface CheckThread {
  worker: Worker;
  /** THREAD_READY once its module loaded (THREAD_FAILED: it could not) */
  loaded: Int32Array;
  broken: boolean;
}

/** the thread loads its module within this, even on a busy machine (else the caller checks) */
const LOAD_WAIT_MS = 60_000;
/** no check of a bundle this core accepts takes this long */
const CHECK_WAIT_MS = 10 * 60_000;
/** an idle thread is stopped after this, to give back its memory */
const IDLE_MS = 120_000;

let thread: CheckThread | null | undefined;
let idleTimer: NodeJS.Timeout | null = null;

/** The worker as this build ships it: built next to this module (.mjs, .cjs), or through tsx from the sources. */
function startWorker(loaded: SharedArrayBuffer): Worker | null {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const entry = JSON.stringify(new URL('./check-worker.ts', here).href);
    const failed = `(err) => { const f = new Int32Array(require('node:worker_threads').workerData.loaded); Atomics.store(f, 0, ${THREAD_FAILED}); Atomics.notify(f, 0); throw err; }`;
    return new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${entry}); }).catch(${failed})`, { eval: true, workerData: { loaded } });
  }
  const file = fileURLToPath(new URL(`./bundle-check.${here.endsWith('.cjs') ? 'cjs' : 'mjs'}`, here));
  return fs.existsSync(file) ? new Worker(file, { workerData: { loaded } }) : null;
}

function checkThread(): CheckThread | null {
  if (thread === undefined || thread?.broken) {
    thread = null;
    try {
      const loaded = new SharedArrayBuffer(4);
      const worker = startWorker(loaded);
      if (worker) {
        worker.unref(); // an idle thread keeps no process (a test, the CLI) alive
        const made: CheckThread = { worker, loaded: new Int32Array(loaded), broken: false };
        worker.on('error', () => (made.broken = true));
        worker.on('exit', () => (made.broken = true));
        thread = made;
      }
    } catch {
      thread = null;
    }
  }
  return thread;
}

function stopWhenIdle(): void {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    idleTimer = null;
    if (thread) void thread.worker.terminate();
    thread = undefined;
  }, IDLE_MS);
  idleTimer.unref();
}

/** Starts the checks of `text` on the thread; null when no thread can run them (the caller checks). */
export function startBundleCheck(text: string): PendingCheck | null {
  const t = checkThread();
  if (!t) return null;
  stopWhenIdle();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const request: CheckRequest = { text, flag: flag.buffer as SharedArrayBuffer, port: port2 };
  t.worker.postMessage(request, [port2]);
  let verdict: ErrorPayload | null | undefined;
  return {
    wait() {
      if (verdict === undefined) verdict = awaitVerdict(t, flag, port1);
      if (verdict) throw new AppError(verdict.code, verdict.message, verdict.params, verdict.issues);
    },
  };
}

/** The thread's verdict; throws CheckNotMade when it did not give one in time (it is then let go). */
function awaitVerdict(t: CheckThread, flag: Int32Array, port: MessagePort): ErrorPayload | null {
  if (Atomics.load(t.loaded, 0) === 0) Atomics.wait(t.loaded, 0, 0, LOAD_WAIT_MS);
  if (Atomics.load(t.loaded, 0) === THREAD_READY) {
    if (Atomics.load(flag, 0) === 0) Atomics.wait(flag, 0, 0, LOAD_WAIT_MS);
    if (Atomics.load(flag, 0) === CHECK_STARTED) Atomics.wait(flag, 0, CHECK_STARTED, CHECK_WAIT_MS);
  }
  const answer = Atomics.load(flag, 0) === CHECK_DONE ? receiveMessageOnPort(port) : undefined;
  port.close();
  if (!answer) {
    t.broken = true;
    void t.worker.terminate();
    throw new CheckNotMade();
  }
  return answer.message as ErrorPayload | null;
}

/** The thread gave no verdict (it could not load, or stopped): the caller checks the bundle itself. */
export class CheckNotMade extends Error {}
