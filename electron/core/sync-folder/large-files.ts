import type { Store } from '../store.ts';

// Where the folder's watcher reads large files in a worker, "Sync now" leaves them to it (a poke
// makes it look soon) rather than read them on the core's thread.

const readers = new WeakMap<Store, () => void>();

export function registerLargeFileReader(store: Store, poke: () => void): () => void {
  readers.set(store, poke);
  return () => {
    if (readers.get(store) === poke) readers.delete(store);
  };
}

export function largeFileReader(store: Store): (() => void) | undefined {
  return readers.get(store);
}
