import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/errors.ts';
import { openStore } from '../store.ts';
import { streaming } from '../sync/import-stream.ts';
import { doJob } from './work.ts';
import type { BundleJob, JobMessage } from './job.ts';

// The worker thread of a bundle job: its own connection to the store file (WAL: the app's
// connection reads the last commit meanwhile), the same import as on the core's thread, its
// progress and outcome posted back. Built as its own file next to the server and the Electron main.

const post = (message: JobMessage) => parentPort!.postMessage(message);

async function run(job: BundleJob): Promise<void> {
  // every file streamed here, whatever its size: its progress can then be told as it goes
  streaming.fromBytes = -1;
  // the app checked this store when it opened it, or is checking it in the background
  const store = await openStore(job.dataDir, { nativeBinding: job.nativeBinding, checkAtOpenBytes: 0 });
  const topics = new Set<string>();
  store.onChange((e) => e.topics.forEach((t) => topics.add(t)));
  try {
    const onProgress = (done: number, total: number) => post({ type: 'progress', done, total });
    const result = doJob(store, job, onProgress);
    post({ type: 'done', result, topics: [...topics] });
  } finally {
    store.close();
  }
}

run(workerData as BundleJob).catch((err: unknown) => {
  const error = err instanceof AppError ? err.toPayload() : new AppError('internal', `internal error: ${err instanceof Error ? err.message : String(err)}`).toPayload();
  post({ type: 'error', error });
});
