import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../../shared/errors.ts';
import { backupStoreWithProgress } from '../db/backup.ts';
import { asTask } from '../tasks/running.ts';
import { storePath } from '../db/open.ts';
import type { Store } from '../store.ts';
import { backupFile, previewBackup, type BackupPreview } from './inspect.ts';

// Restoring a backup: checked thoroughly first (nothing changes when it is refused), then a backup
// of the store as it is now, then the file copied beside the store and renamed into place (the
// store is never half a file), and the store reopened on it. Both copies report their progress.
// From the safety backup to the reopen every other write is refused (store_restoring): an edit
// made meanwhile would be in neither file, lost without a word.

const restoring = () => new AppError('store_restoring', 'a backup is being restored; try again when it is done');

export function restoreBackup(store: Store, name: string): Promise<{ restored: BackupPreview; safetyBackup: string }> {
  if (store.writeRefusal?.code === 'store_restoring') throw store.writeRefusal;
  const restored = previewBackup(store, name, true);
  const source = backupFile(store, name);
  // a store found damaged stays refused as such if the restore that would repair it fails
  const before = store.writeRefusal;
  const hold = restoring();
  store.refuseWrites(hold);
  const released = asTask(store, 'restore', async (task) => {
    // the two halves of the work: the store as it is now saved, then the backup copied in
    const size = fs.statSync(source).size;
    const safetyFile = await backupStoreWithProgress(store.db, store.dataDir, 'before-restore', (done, total) => task.update(total ? (done / total) * size : 0, 2 * size));
    const target = storePath(store.dataDir);
    const partial = `${target}.restoring`;
    await copyWithProgress(source, partial, (bytes) => task.update(size + bytes, 2 * size));
    await store.reopen(store.dataDir, () => {
      // the old store's write-ahead log must not be replayed onto the restored file
      for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
      fs.renameSync(partial, target);
    });
    return { restored, safetyBackup: path.basename(safetyFile) };
  });
  // the reopened store takes writes again; a restore that failed gives back what was there before
  return released.finally(() => {
    if (store.writeRefusal === hold) store.refuseWrites(before);
  });
}

/** A copy made durable (fsync) before it is renamed into place. */
async function copyWithProgress(source: string, target: string, progress: (bytes: number) => void): Promise<void> {
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      progress(bytes);
      done(null, chunk);
    },
  });
  await pipeline(fs.createReadStream(source), counter, fs.createWriteStream(target));
  const fd = fs.openSync(target, 'r+');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
}
