import type { z } from 'zod';
import type { storeHealth } from '../../../shared/contract/backups.ts';
import { AppError } from '../../../shared/errors.ts';
import { quickCheckInBackground } from '../db/background-check.ts';
import { storePath } from '../db/open.ts';
import type { Store } from '../store.ts';

// The store's content check. Most stores are checked before they open; a large one opens at once
// and is checked here, in a worker, while the desk is in use. Found damaged: every write is refused
// (nothing more is written into a damaged file), a banner says so, and a backup can be restored.

type Health = z.output<typeof storeHealth>;
/** stores whose check is running; a damaged one is known by its refusal of writes */
const checking = new WeakSet<Store>();

export function storeHealthOf(store: Store): Health {
  if (store.writeRefusal) return { state: 'damaged', detail: String(store.writeRefusal.params.detail ?? store.writeRefusal.message) };
  return checking.has(store) ? { state: 'checking', detail: null } : { state: 'ok', detail: null };
}

/**
 * How long after start the check waits: on two cores a check of a million-op store beside the
 * first screen slowed it by a quarter (1244 → 993 ms to the first screen, median of five, when
 * it waits). Meanwhile the health already says "checking".
 */
export const BACKGROUND_CHECK_AFTER_MS = 3000;

/** Runs the deferred check when the store was opened without it (after `afterMs`); resolves with what it found. */
export async function checkStoreInBackground(store: Store, options: { afterMs?: number } = {}): Promise<Health> {
  if (!store.checkDeferred) return storeHealthOf(store);
  const file = storePath(store.dataDir);
  checking.add(store);
  store.emitChange(['backups']);
  let finding: string;
  try {
    if (options.afterMs) await new Promise((resolve) => setTimeout(resolve, options.afterMs).unref());
    finding = await quickCheckInBackground(file);
  } catch (err) {
    finding = (err as Error).message;
  } finally {
    checking.delete(store);
  }
  // the store may have been reopened meanwhile (a restore): that one was checked before it opened
  if (store.checkDeferred && finding !== 'ok') {
    // SQLite's first finding, without its "*** in database main ***" header: the rest is for a specialist
    const detail = (finding.split('\n').find((line) => line.trim() && !line.startsWith('***')) ?? finding).trim().slice(0, 160);
    store.refuseWrites(new AppError('store_damaged', `${file} is damaged: ${detail}`, { file, detail }));
  }
  store.emitChange(['backups']);
  return storeHealthOf(store);
}
