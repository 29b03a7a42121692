import type { Worker } from 'node:worker_threads';
import type { HeldInstruction } from './job.ts';

// Previews that a worker still holds, parsed and checked, by upload id: the import that usually
// follows is told to that worker, which applies what it holds (the file is read and parsed once).
// A worker lets go by itself when its upload is discarded, after a while, or when told to.

export interface Held {
  worker: Worker;
  /** settles when the worker has stopped */
  gone: Promise<void>;
}

const held = new Map<string, Held>();

export function keepHeld(uploadId: string, worker: Worker): void {
  releaseHeld(uploadId);
  const gone = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      if (held.get(uploadId)?.worker === worker) held.delete(uploadId);
      resolve();
    }),
  );
  held.set(uploadId, { worker, gone });
}

export function takeHeld(uploadId: string): Held | null {
  const h = held.get(uploadId) ?? null;
  held.delete(uploadId);
  return h;
}

export function tell(worker: Worker, instruction: HeldInstruction): void {
  worker.postMessage(instruction);
}

export function releaseHeld(uploadId: string): void {
  const h = takeHeld(uploadId);
  if (h) tell(h.worker, { type: 'release' });
}
