import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { backupsToRemove } from './backup-rotation.ts';
import { openSqlite } from './native.ts';
import { startCopy } from './store-helper.ts';

export function backupDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/** `<UTC stamp>-<reason>.sqlite`; the stamp sorts by time and says when it was made. */
export const BACKUP_NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-([a-z0-9_-]+?)(-\d+)?\.sqlite$/i;

/**
 * A consistent copy of the store: before a risky operation (migration, import, undo, restore),
 * once a day ('daily') or when the user asks ('manual'). VACUUM INTO reads one snapshot of the
 * live database (like the online backup API) and is synchronous, so every door to the core stays
 * a plain call. Old copies are removed by kind (backup-rotation.ts).
 */
export function backupStore(db: Database.Database, dataDir: string, reason: string): string {
  const file = newBackupFile(dataDir, reason);
  db.prepare('VACUUM INTO ?').run(file);
  rotateBackups(dataDir);
  return file;
}

/** A backup made meanwhile: `done()` blocks until it is written and names it. */
export interface StartedBackup {
  /** the file, once written; throws BackupNotMade when it could not be made meanwhile */
  done(): string;
  /** not wanted after all (the operation was refused before it changed anything) */
  discard(): void;
}

/** The helper could not make the copy: the caller makes it itself (backupStore) before writing. */
export class BackupNotMade extends Error {}

/**
 * The same backup, made on the store helper's thread while the caller goes on (an import reads and
 * applies meanwhile, and calls done() before it commits). Without a helper: made here, now.
 */
export function startBackup(db: Database.Database, dataDir: string, reason: string): StartedBackup {
  const file = newBackupFile(dataDir, reason);
  const partial = `${file}.partial`;
  const copy = startCopy(db, partial);
  if (!copy) {
    db.prepare('VACUUM INTO ?').run(file);
    rotateBackups(dataDir);
    return { done: () => file, discard: () => fs.rmSync(file, { force: true }) };
  }
  let made: string | null = null;
  return {
    done() {
      if (made) return made;
      if (!copy.wait()) throw new BackupNotMade(file);
      fs.renameSync(partial, file);
      rotateBackups(dataDir);
      return (made = file);
    },
    discard() {
      if (made) fs.rmSync(made, { force: true });
      else copy.discard();
    },
  };
}

/**
 * The same, page by page with SQLite's online backup API, telling how far it has got: for the
 * backups a person waits for (the event loop stays free between steps, so progress can be shown).
 */
export async function backupStoreWithProgress(db: Database.Database, dataDir: string, reason: string, progress: (done: number, total: number) => void): Promise<string> {
  const file = newBackupFile(dataDir, reason);
  const partial = `${file}.partial`;
  await db.backup(partial, {
    progress: ({ totalPages, remainingPages }) => {
      progress(totalPages - remainingPages, totalPages);
      return 256; // pages per step
    },
  });
  // the copy keeps the live store's WAL mode in its header: made an ordinary file, so that it opens read-only anywhere
  const copy = openSqlite(partial);
  copy.pragma('journal_mode = DELETE');
  copy.close();
  fs.renameSync(partial, file);
  rotateBackups(dataDir);
  return file;
}

function newBackupFile(dataDir: string, reason: string): string {
  const dir = backupDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  let file = path.join(dir, `${stamp}-${reason.replace(/[^a-z0-9-]/gi, '_')}.sqlite`);
  for (let n = 2; fs.existsSync(file); n++) file = file.replace(/(-\d+)?\.sqlite$/, `-${n}.sqlite`);
  return file;
}

function rotateBackups(dataDir: string): void {
  const dir = backupDir(dataDir);
  for (const old of backupsToRemove(listBackupNames(dir), new Date())) fs.rmSync(path.join(dir, old), { force: true });
}

export function listBackupNames(dir: string): string[] {
  try {
    return fs.readdirSync(dir).filter((f) => BACKUP_NAME.test(f));
  } catch {
    return [];
  }
}
