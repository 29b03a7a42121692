import { backupsChannels } from '../../../shared/contract/backups.ts';
import { defineArea } from '../area.ts';
import { startDailyBackups } from './daily.ts';
import { BACKGROUND_CHECK_AFTER_MS, checkStoreInBackground, storeHealthOf } from './health.ts';
import { listBackups, previewBackup } from './inspect.ts';
import { backUpNow } from './manual.ts';
import { restoreBackup } from './restore.ts';

/** Backups of the store: daily by themselves, on demand, previewed and restored from Settings; the store's content check. */
export const backupsArea = defineArea({
  name: 'backups',
  uses: ['tasks'],
  channels: backupsChannels,
  handlers: {
    'backups.health': (s) => storeHealthOf(s),
    'backups.list': (s) => listBackups(s),
    'backups.create': (s) => backUpNow(s),
    'backups.preview': (s, i) => previewBackup(s, i.name),
    'backups.restore': (s, i) => restoreBackup(s, i.name),
  },
  start: (store) => {
    // a large store opened before its content check: the check runs in a worker, once the first screen is up
    checkStoreInBackground(store, { afterMs: BACKGROUND_CHECK_AFTER_MS }).catch((err: unknown) => console.error('Synergy Desk: the store check failed:', err));
    return startDailyBackups(store, { onError: (err) => console.error('Synergy Desk: the daily backup failed:', err) });
  },
});
