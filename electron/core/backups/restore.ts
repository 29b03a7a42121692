import fs from 'node:fs';
import path from 'node:path';
import { backupStore } from '../db/backup.ts';
import { storePath } from '../db/open.ts';
import type { Store } from '../store.ts';
import { backupFile, previewBackup, type BackupPreview } from './inspect.ts';

// Restoring a backup: checked thoroughly first (nothing changes when it is refused), then a backup
// of the store as it is now, then the file copied into place (a temporary name, then a rename, so
// the store is never half a file) and the store reopened on it.

export async function restoreBackup(store: Store, name: string): Promise<{ restored: BackupPreview; safetyBackup: string }> {
  const restored = previewBackup(store, name, true);
  const source = backupFile(store, name);
  const safetyBackup = path.basename(backupStore(store.db, store.dataDir, 'before-restore'));
  const target = storePath(store.dataDir);
  await store.reopen(store.dataDir, () => {
    const partial = `${target}.restoring`;
    fs.copyFileSync(source, partial);
    const fd = fs.openSync(partial, 'r+');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    // the old store's write-ahead log must not be replayed onto the restored file
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
    fs.renameSync(partial, target);
  });
  return { restored, safetyBackup };
}
