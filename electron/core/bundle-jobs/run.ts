import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/errors.ts';
import { currentNativeBinding } from '../db/native.ts';
import type { Store } from '../store.ts';
import type { ImportResult, ImportSummary } from '../sync/import.ts';
import { discardUpload, uploadedFile } from '../sync/uploads.ts';
import { asTask, type TaskHandle } from '../tasks/running.ts';
import type { ScanResult } from '../sync-folder/scan.ts';
import { bundleFileName } from '../sync/export-file.ts';
import { recordExportMark, type ExportedBundle } from '../sync/export.ts';
import { downloadSize, newDownload } from '../sync/downloads.ts';
import { deviceKey } from '../sync/keys.ts';
import { getMeta } from '../db/meta.ts';
import { doJob } from './work.ts';
import { type Held, keepHeld, takeHeld, tell } from './held.ts';
import type { BundleScope } from '../../../shared/bundle.ts';
import type { BundleJob, JobMessage, JobResult } from './job.ts';

// Bundle work in a worker thread (worker.ts), so that the core's thread (in Electron, the main
// process) keeps answering: an upload's preview and import (a preview held for the import that
// follows: held.ts), a sync folder's large file, an export into a file. Progress goes to the 'tasks'
// topic; while an import runs every other write is refused with store_busy (one writer at a time;
// reads go on, on the last commit), while an export runs they go on. Where no worker can start (an
// unusual packaging), the job runs here, as before.

/** The worker as this build ships it: built next to this module (.mjs, .cjs), or through tsx from the sources. */
function startWorker(job: BundleJob): Worker | null {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const entry = JSON.stringify(new URL('./worker.ts', here).href);
    return new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${entry}); })`, { eval: true, workerData: job });
  }
  const file = fileURLToPath(new URL(`./bundle-job.${here.endsWith('.cjs') ? 'cjs' : 'mjs'}`, here));
  return fs.existsSync(file) ? new Worker(file, { workerData: job }) : null;
}

type Outcome = { result: JobResult; topics: string[]; held?: boolean };

/** A worker that failed before saying anything: it could not load (packaging). */
class DidNotLoad extends Error {}
/** A worker that stopped without answering. */
class Stopped extends AppError {
  constructor() {
    super('internal', 'internal error: the import stopped');
  }
}

/** The worker's next answer: its progress meanwhile; rejected if it stops or fails first. */
export function answer(worker: Worker, task: TaskHandle): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    let heard = false;
    const done = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (m: JobMessage) => {
      heard = true;
      if (m.type === 'progress') return task.update(m.done, m.total);
      done();
      if (m.type === 'done') resolve({ result: m.result, topics: m.topics, held: m.held });
      else reject(new AppError(m.error.code, m.error.message, m.error.params, m.error.issues));
    };
    const onError = (err: Error) => {
      done();
      reject(heard ? new AppError('internal', `internal error: ${err.message}`) : new DidNotLoad(err.message));
    };
    const onExit = () => {
      done();
      reject(new Stopped());
    };
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
  });
}

/** The job's outcome from a worker (and the worker, which a held preview keeps); null when no worker could run it (it is then run here). */
function inWorker(job: BundleJob, task: TaskHandle): Promise<(Outcome & { worker: Worker }) | null> {
  let worker: Worker | null;
  try {
    worker = startWorker(job);
  } catch {
    worker = null;
  }
  if (!worker) return Promise.resolve(null);
  const running = worker;
  return answer(running, task).then(
    (outcome) => ({ ...outcome, worker: running }),
    (err: unknown) => {
      // a worker that could not load: the job runs here
      if (err instanceof DidNotLoad) return null;
      throw err;
    },
  );
}

function here(store: Store, job: BundleJob, task: TaskHandle): Outcome {
  const result = doJob(store, job, (done, total) => task.update(done, total));
  return { result, topics: [] }; // the store's own writes announce themselves
}

const busy = () => new AppError('store_busy', 'a bundle is being imported; try again when it is done');

/** The import told to the worker that holds its preview; null when that worker had stopped (a fresh job then). */
async function fromHeld(h: Held, fileName: string | null, task: TaskHandle): Promise<Outcome | null> {
  tell(h.worker, { type: 'import', fileName });
  // a worker that stopped before it was told (it let go) never answers: its exit decides
  const stopped = h.gone.then(() => null);
  return Promise.race([answer(h.worker, task).catch((err: unknown) => (err instanceof Stopped ? null : Promise.reject(err))), stopped]);
}

interface HoldOptions {
  /** the app's own writes are refused meanwhile (an import) */
  refuseWrites: boolean;
  /** a worker holding this job's preview */
  held?: Held | null;
  /** called with a worker that now holds what it previewed */
  keep?: (worker: Worker) => void;
}

/** The job in a worker while the app's own writes are refused (store_busy); here when no worker can start. */
async function holdingWrites(store: Store, job: BundleJob, task: TaskHandle, options: HoldOptions): Promise<JobResult> {
  let hold: AppError | null = null;
  const release = () => {
    if (hold && store.writeRefusal === hold) store.refuseWrites(null);
    hold = null;
  };
  if (options.refuseWrites) {
    if (store.writeRefusal) throw store.writeRefusal;
    hold = busy();
    store.refuseWrites(hold);
  }
  try {
    let outcome: Outcome | null = options.held && job.mode === 'import' ? await fromHeld(options.held, job.fileName, task) : null;
    if (!outcome) {
      const fresh = await inWorker(job, task);
      if (fresh?.held) options.keep?.(fresh.worker);
      outcome = fresh;
    }
    if (!outcome) {
      release(); // the job writes through this store itself
      outcome = here(store, job, task);
    }
    if (outcome.topics.length) store.emitChange(outcome.topics as Parameters<Store['emitChange']>[0]);
    return outcome.result;
  } finally {
    release();
  }
}

export function runBundleJob(store: Store, mode: 'preview' | 'import', uploadId: string, fileName: string | null): Promise<ImportSummary | ImportResult> {
  const file = uploadedFile(store, uploadId);
  return asTask(store, mode === 'import' ? 'bundleImport' : 'bundlePreview', async (task) => {
    try {
      // one writer at a time: while the worker imports, the app's own writes wait
      const job: BundleJob = { mode, dataDir: store.dataDir, file, fileName, nativeBinding: currentNativeBinding(), hold: mode === 'preview' };
      const result = await holdingWrites(store, job, task, {
        refuseWrites: mode === 'import',
        held: mode === 'import' ? takeHeld(uploadId) : null,
        keep: (worker) => keepHeld(uploadId, worker),
      });
      return result as ImportSummary | ImportResult;
    } finally {
      if (mode === 'import') discardUpload(store, uploadId);
    }
  });
}

/** A sync folder's file too large to read whole, read in a worker (the folder watcher's large files). */
export function runFolderFileJob(store: Store, dir: string, name: string): Promise<ScanResult> {
  return asTask(
    store,
    'folderImport',
    async (task) => {
      const job: BundleJob = { mode: 'folderFile', dataDir: store.dataDir, dir, name, nativeBinding: currentNativeBinding() };
      const result = (await holdingWrites(store, job, task, { refuseWrites: true })) as ScanResult;
      store.emitChange(['syncFolder', 'imports']);
      return result;
    },
    name,
  );
}

/** A bundle made into a file of the data folder in a worker, with its progress; the page fetches it in chunks. */
export function runExportJob(store: Store, input: { peer?: string; scope?: BundleScope }): Promise<{ downloadId: string; fileName: string; opsCount: number; bytes: number }> {
  return asTask(store, 'bundleExport', async (task) => {
    const { downloadId, file } = newDownload(store);
    // the desk's key is made here if it is new, so that the worker's export only reads
    if (!getMeta(store.db, 'device_private_key')) store.write(() => deviceKey(store.db));
    const job: BundleJob = { mode: 'export', dataDir: store.dataDir, file, peer: input.peer, scope: input.scope, nativeBinding: currentNativeBinding() };
    const exported = (await holdingWrites(store, job, task, { refuseWrites: false })) as Omit<ExportedBundle, 'text'>;
    // the bundle is in place: the delta's mark moves on (ops written meanwhile go in the next one)
    if (input.peer) {
      store.write(() => recordExportMark(store, input.peer!, input.scope ?? {}, exported.lastSeq, exported.createdAt));
    }
    store.emitChange(['exports']);
    return { downloadId, fileName: bundleFileName(store, exported.createdAt, input.peer), opsCount: exported.opsCount, bytes: downloadSize(store, downloadId) };
  });
}
