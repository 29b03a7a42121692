import type { ChangeEvent } from '../../shared/changes.ts';

// What browser mode's two threads say to each other (core-thread.ts, core-worker.ts).

export interface CoreWorkerData {
  dataDir: string;
}

/** to the core's thread */
export type ToCore = { type: 'call'; id: number; channel: string; input: unknown } | { type: 'stop' };

/** from the core's thread; an answer is the RpcResult as JSON text, written there */
export type FromCore =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'answer'; id: number; json: string }
  | { type: 'change'; event: ChangeEvent }
  | { type: 'stopped' };
