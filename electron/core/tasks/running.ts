import crypto from 'node:crypto';
import type { z } from 'zod';
import type { task, TaskKind } from '../../../shared/contract/tasks.ts';
import type { Store } from '../store.ts';

// The core's long work in progress, per store, in memory (a restart ends every task). Progress is
// announced at most every UPDATE_MS, so a backup of many pages does not flood the change feed.

type Task = z.output<typeof task>;
const UPDATE_MS = 100;
const running = new WeakMap<Store, Map<string, Task>>();

export interface TaskHandle {
  update(done: number, total?: number): void;
  finish(): void;
}

export function runningTasks(store: Store): Task[] {
  return [...(running.get(store)?.values() ?? [])];
}

export function startTask(store: Store, kind: TaskKind, total = 0, subject: string | null = null): TaskHandle {
  let tasks = running.get(store);
  if (!tasks) running.set(store, (tasks = new Map()));
  const entry: Task = { id: crypto.randomUUID(), kind, done: 0, total, subject, startedAt: new Date().toISOString() };
  tasks.set(entry.id, entry);
  store.emitChange(['tasks']);
  let announced = Date.now();
  return {
    update(done, newTotal) {
      entry.done = done;
      if (newTotal !== undefined) entry.total = newTotal;
      if (Date.now() - announced < UPDATE_MS) return;
      announced = Date.now();
      store.emitChange(['tasks']);
    },
    finish() {
      tasks.delete(entry.id);
      store.emitChange(['tasks']);
    },
  };
}

/** Lets the core take the calls waiting (a progress bar's among them) between steps of long work. */
export function letOthersIn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Runs work as a task, ending it however the work ends. */
export async function asTask<T>(store: Store, kind: TaskKind, work: (task: TaskHandle) => Promise<T>, subject: string | null = null): Promise<T> {
  const handle = startTask(store, kind, 0, subject);
  try {
    return await work(handle);
  } finally {
    handle.finish();
  }
}
