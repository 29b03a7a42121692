import { backupStore, backupDir, listBackupNames } from '../db/backup.ts';
import { backupReason, backupTime } from '../db/backup-rotation.ts';
import type { Store } from '../store.ts';
import { storeHealthOf } from './health.ts';

// The daily backup: one per UTC day, made soon after start and checked every hour while the app
// runs (a desk left open for days still gets one a day). Rotation keeps 7 days and 4 weeks.

const FIRST_CHECK_MS = 10_000;
const CHECK_EVERY_MS = 60 * 60 * 1000;

export function hasBackupOfToday(store: Store, now = new Date()): boolean {
  const today = now.toISOString().slice(0, 10);
  return listBackupNames(backupDir(store.dataDir)).some((n) => backupReason(n) === 'daily' && backupTime(n)?.toISOString().slice(0, 10) === today);
}

/** Makes today's backup when there is none; the file's name, or null when there was one. */
export function ensureDailyBackup(store: Store, now = new Date()): string | null {
  if (hasBackupOfToday(store, now)) return null;
  const file = backupStore(store.db, store.dataDir, 'daily');
  store.emitChange(['backups']);
  return file;
}

export function startDailyBackups(store: Store, options: { firstMs?: number; everyMs?: number; onError?: (err: unknown) => void } = {}): () => void {
  const run = () => {
    try {
      // never a backup of a store being checked or found damaged: rotation would push out good ones
      if (store.db.open && storeHealthOf(store).state === 'ok') ensureDailyBackup(store);
    } catch (err) {
      // a full disk must not stop the app; the next check tries again
      options.onError?.(err);
    }
  };
  const first = setTimeout(run, options.firstMs ?? FIRST_CHECK_MS);
  const every = setInterval(run, options.everyMs ?? CHECK_EVERY_MS);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
