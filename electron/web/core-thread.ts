import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ChangeEvent } from '../../shared/changes.ts';
import type { CoreWorkerData, FromCore, ToCore } from './core-messages.ts';
import type { ChangeFeed, CoreDoor } from './server.ts';

// The server's side of browser mode's core thread (core-worker.ts). The core's modules (the
// contracts' schemas, SQLite) load and the store opens on the second core while the server's
// thread already serves the page; each call is one message and its answer comes back as JSON text.

export interface CoreThread {
  /** resolves once the store is open; rejects with the core's own message when it cannot open */
  door: Promise<CoreDoor>;
  changes: Promise<ChangeFeed>;
  /** the thread's exit code, asked for or not */
  ended: Promise<number>;
  /** closes the store (the areas' work first) and ends the thread; a core still opening is ended at once */
  stop(): Promise<void>;
}

const STOP_WAIT_MS = 5000;

/** the worker as this build ships it: core.mjs beside main.mjs, or core-worker.ts through tsx from the sources */
function startWorker(data: CoreWorkerData): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const entry = JSON.stringify(new URL('./core-worker.ts', here).href);
    return new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${entry}); })`, { eval: true, workerData: data });
  }
  const file = fileURLToPath(new URL('./core.mjs', here));
  if (!fs.existsSync(file)) throw new Error(`the core's script is missing: ${file}`);
  return new Worker(file, { workerData: data });
}

export function startCoreThread(dataDir: string): CoreThread {
  const worker = startWorker({ dataDir });
  const pending = new Map<number, (json: string) => void>();
  const listeners = new Set<(event: ChangeEvent) => void>();
  let nextId = 0;
  let stopped: (() => void) | null = null;
  let exited = false;
  let endNow!: (code: number) => void;
  const ended = new Promise<number>((resolve) => (endNow = resolve));
  let ready = false;
  let openNow!: () => void;
  let failNow!: (err: Error) => void;
  const open = new Promise<void>((resolve, reject) => ((openNow = resolve), (failNow = reject)));

  const send = (m: ToCore) => worker.postMessage(m);
  worker.on('message', (m: FromCore) => {
    if (m.type === 'ready') {
      ready = true;
      openNow();
    } else if (m.type === 'failed') failNow(new Error(m.message));
    else if (m.type === 'answer') {
      pending.get(m.id)?.(m.json);
      pending.delete(m.id);
    } else if (m.type === 'change') for (const l of listeners) l(m.event);
    else if (m.type === 'stopped') stopped?.();
  });
  worker.on('error', (err) => failNow(err));
  // a core that ends unasked leaves calls that would never be answered
  worker.on('exit', (code) => {
    exited = true;
    endNow(code);
    failNow(new Error(`the core stopped (exit ${code})`));
    for (const answer of pending.values()) answer(JSON.stringify({ ok: false, error: { code: 'internal', message: 'internal error: the core stopped' } }));
    pending.clear();
    stopped?.();
  });

  const door: CoreDoor = {
    answer: (channel, input) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        send({ type: 'call', id, channel, input });
      }),
  };
  const feed: ChangeFeed = {
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  // a core that cannot open rejects both; whoever waits for the door hears why, the feed need not
  const changes = open.then(() => feed);
  changes.catch(() => undefined);
  return {
    door: open.then(() => door),
    changes,
    ended,
    stop: () =>
      new Promise<void>((done) => {
        if (exited) return done();
        // still opening: nothing to close yet that SQLite does not make safe (each migration is a transaction)
        if (!ready) return void worker.terminate().then(() => done());
        const timer = setTimeout(() => void worker.terminate().then(() => done()), STOP_WAIT_MS);
        stopped = () => {
          clearTimeout(timer);
          done();
        };
        send({ type: 'stop' });
      }),
  };
}
