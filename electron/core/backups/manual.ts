import fs from 'node:fs';
import path from 'node:path';
import { backupStoreWithProgress } from '../db/backup.ts';
import type { Store } from '../store.ts';
import { asTask } from '../tasks/running.ts';
import { entryOf, type BackupEntry } from './inspect.ts';

/** "Back up now": page by page, its progress shown while the user waits. */
export function backUpNow(store: Store): Promise<BackupEntry> {
  return asTask(store, 'backup', async (task) => {
    const file = await backupStoreWithProgress(store.db, store.dataDir, 'manual', (done, total) => task.update(done, total));
    return entryOf(path.basename(file), fs.statSync(file).size);
  });
}
