import path from 'node:path';
import fs from 'node:fs';
import { backupsChannels } from '../../../shared/contract/backups.ts';
import { defineArea } from '../area.ts';
import { backupStore } from '../db/backup.ts';
import { startDailyBackups } from './daily.ts';
import { entryOf, listBackups, previewBackup } from './inspect.ts';
import { restoreBackup } from './restore.ts';

/** Backups of the store: daily by themselves, on demand, previewed and restored from Settings. */
export const backupsArea = defineArea({
  name: 'backups',
  channels: backupsChannels,
  handlers: {
    'backups.list': (s) => listBackups(s),
    'backups.create': (s) => {
      const file = backupStore(s.db, s.dataDir, 'manual');
      return entryOf(path.basename(file), fs.statSync(file).size);
    },
    'backups.preview': (s, i) => previewBackup(s, i.name),
    'backups.restore': (s, i) => restoreBackup(s, i.name),
  },
  start: (store) => startDailyBackups(store, { onError: (err) => console.error('Synergy Desk: the daily backup failed:', err) }),
});
