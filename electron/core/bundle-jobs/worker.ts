import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/errors.ts';
import { openStore, type Store } from '../store.ts';
import { importBundle, importPreviewed, previewImport, type ImportResult } from '../sync/import.ts';
import { READ_WHOLE_UP_TO, streaming, textIfSmall } from '../sync/import-stream.ts';
import type { BundleJob, HeldInstruction, JobMessage } from './job.ts';
import { doJob } from './work.ts';

// The worker thread of a bundle job: its own connection to the store file (WAL: the app's
// connection reads the last commit meanwhile), the same import as on the core's thread, its
// progress and outcome posted back. Built as its own file next to the server and the Electron main.
// A preview of a file small enough to keep parsed (32 MB) stays: it waits to be told to import
// what it checked, so the file is read and parsed once (held.ts). A larger one is streamed again.

const post = (message: JobMessage) => parentPort!.postMessage(message);
/** how long a held preview waits for the user's decision */
const HOLD_MS = 15 * 60 * 1000;

/** The core's word on a held preview: import it (with its file name), or null (released, the upload gone, too late). */
function nextInstruction(file: string): Promise<{ fileName: string | null } | null> {
  return new Promise((resolve) => {
    const finish = (v: { fileName: string | null } | null) => {
      clearInterval(poll);
      clearTimeout(timer);
      parentPort!.off('message', onMessage);
      resolve(v);
    };
    const onMessage = (m: HeldInstruction) => finish(m.type === 'import' ? { fileName: m.fileName } : null);
    parentPort!.on('message', onMessage);
    // an upload discarded (the user chose another file, or cancelled) lets the worker go
    const poll = setInterval(() => fs.existsSync(file) || finish(null), 2000);
    const timer = setTimeout(() => finish(null), HOLD_MS);
  });
}

/** Preview, then (if told) import the very bundle checked; true when it ran, false when the file is too large to hold. */
async function heldPreview(store: Store, file: string, topics: Set<string>): Promise<boolean> {
  // read whole up to the size a worker may hold (the worker streams everything else)
  const text = textIfSmall(file, READ_WHOLE_UP_TO);
  if (text === null) return false;
  post({ type: 'progress', done: 0, total: 0 });
  const summary = previewImport(store, text);
  post({ type: 'done', result: summary, topics: [...topics], held: true });
  topics.clear();
  const told = await nextInstruction(file);
  if (!told) return true;
  post({ type: 'progress', done: 0, total: 0 });
  let result: ImportResult;
  try {
    result = importPreviewed(store, summary.bundleId, told.fileName);
  } catch (err) {
    // a bundle already imported is not kept parsed: it is known again by its digest
    if (!(err instanceof AppError && err.code === 'preview_expired')) throw err;
    result = importBundle(store, text, told.fileName);
  }
  post({ type: 'done', result, topics: [...topics] });
  return true;
}

async function run(job: BundleJob): Promise<void> {
  // every file streamed here, whatever its size: its progress can then be told as it goes
  streaming.fromBytes = -1;
  // the app checked this store when it opened it, or is checking it in the background
  const store = await openStore(job.dataDir, { nativeBinding: job.nativeBinding, checkAtOpenBytes: 0 });
  const topics = new Set<string>();
  store.onChange((e) => e.topics.forEach((t) => topics.add(t)));
  try {
    if (job.mode === 'preview' && job.hold && (await heldPreview(store, job.file, topics))) return;
    const onProgress = (done: number, total: number) => post({ type: 'progress', done, total });
    post({ type: 'done', result: doJob(store, job, onProgress), topics: [...topics] });
  } finally {
    store.close();
  }
}

run(workerData as BundleJob).catch((err: unknown) => {
  const error = err instanceof AppError ? err.toPayload() : new AppError('internal', `internal error: ${err instanceof Error ? err.message : String(err)}`).toPayload();
  post({ type: 'error', error });
});
