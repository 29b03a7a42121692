import fs from 'node:fs';
import { isEntityName } from '../../../shared/model/registry.ts';
import type { Store } from '../store.ts';
import { folderPath } from './folder.ts';
import { runFolder } from './service.ts';
import { registerLargeFileReader } from './large-files.ts';

// The folder runs by itself: soon after a change on this desk (its news goes out), when a file
// appears (fs.watch, where the file system tells), and every poll interval (network drives and
// engines whose writes fs.watch misses). One run at a time; a run asked for during one follows it.
// With `readLarge`, files too large to read whole are left out of the run and read one by one
// through it (a worker thread: the app keeps answering while a desk's years of history come in).

export interface WatchOptions {
  pollMs?: number;
  debounceMs?: number;
  onError?: (err: unknown) => void;
  readLarge?: (dir: string, name: string) => Promise<unknown>;
}

export function watchSyncFolder(store: Store, options: WatchOptions = {}): () => void {
  const pollMs = options.pollMs ?? 15_000;
  const debounceMs = options.debounceMs ?? 1_500;
  let watcher: fs.FSWatcher | null = null;
  let watched: string | null = null;
  let running = false;
  let again = false;
  let pending: NodeJS.Timeout | null = null;
  let stopped = false;

  const tick = async () => {
    pending = null;
    if (stopped || !folderPath(store)) return;
    // the store takes no writes now (a large import under way, or found damaged): next round
    if (store.writeRefusal) return soon();
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const large: string[] = [];
      runFolder(store, options.readLarge ? { deferLarge: large } : {});
      store.emitChange(['syncFolder', 'imports', 'exports']);
      const dir = folderPath(store);
      for (const name of large) if (!stopped && dir) await options.readLarge!(dir, name);
    } catch (err) {
      options.onError?.(err);
    } finally {
      running = false;
      if (again) {
        again = false;
        soon();
      }
    }
  };
  const soon = () => {
    if (pending || stopped) return;
    pending = setTimeout(() => void tick(), debounceMs);
    pending.unref();
  };
  const rewatch = () => {
    const dir = folderPath(store);
    if (dir === watched && watcher) return;
    watcher?.close();
    watcher = null;
    watched = dir;
    if (!dir) return;
    try {
      watcher = fs.watch(dir, () => soon());
      watcher.on('error', () => {
        // the folder went away: polling goes on and finds it again
        watcher?.close();
        watcher = null;
      });
    } catch {
      watcher = null;
    }
  };

  const unregister = options.readLarge ? registerLargeFileReader(store, () => soon()) : () => undefined;
  const off = store.onChange((e) => {
    if (e.topics.includes('syncFolder')) rewatch();
    if (e.topics.some((t) => isEntityName(t))) soon();
  });
  const poll = setInterval(() => {
    if (!watcher) rewatch();
    soon();
  }, pollMs);
  poll.unref();
  rewatch();
  soon();
  return () => {
    stopped = true;
    off();
    unregister();
    clearInterval(poll);
    if (pending) clearTimeout(pending);
    watcher?.close();
  };
}
