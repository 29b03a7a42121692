import { parentPort, workerData } from 'node:worker_threads';
import { AppError, type ErrorPayload } from '../../../shared/errors.ts';
import { readBundle } from './read-bundle.ts';
import { CHECK_DONE, CHECK_STARTED, THREAD_READY, type CheckRequest } from './check-protocol.ts';

// The thread of a bundle's checks (check-thread.ts): every check of readBundle, on the text the
// core's thread is applying meanwhile. Built as its own file next to the server and the Electron main.

function verdictOf(text: string): ErrorPayload | null {
  try {
    readBundle(text);
    return null;
  } catch (err) {
    return err instanceof AppError ? err.toPayload() : { code: 'internal', message: `internal error: ${(err as Error).message}` };
  }
}

parentPort!.on('message', (m: CheckRequest) => {
  const flag = new Int32Array(m.flag);
  Atomics.store(flag, 0, CHECK_STARTED);
  Atomics.notify(flag, 0);
  // the verdict is on the port before the flag says so: the waiting thread reads it at once
  m.port.postMessage(verdictOf(m.text));
  m.port.close();
  Atomics.store(flag, 0, CHECK_DONE);
  Atomics.notify(flag, 0);
});

const loaded = (workerData as { loaded?: SharedArrayBuffer } | null)?.loaded;
if (loaded) {
  Atomics.store(new Int32Array(loaded), 0, THREAD_READY);
  Atomics.notify(new Int32Array(loaded), 0);
}
