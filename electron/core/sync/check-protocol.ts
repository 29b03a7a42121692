import type { MessagePort } from 'node:worker_threads';

// What the core's thread and the check thread say to each other (check-thread.ts, check-worker.ts).

export interface CheckRequest {
  text: string;
  /** CHECK_STARTED once the thread has the text, CHECK_DONE once the verdict is on the port */
  flag: SharedArrayBuffer;
  /** carries the verdict: null when every check passed, else the error the checks raised */
  port: MessagePort;
}

export const CHECK_STARTED = 1;
export const CHECK_DONE = 2;
/** in the thread's `loaded` flag (its workerData): its module loaded, or could not */
export const THREAD_READY = 1;
export const THREAD_FAILED = 2;
