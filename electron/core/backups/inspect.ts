import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { backupEntry, backupPreview } from '../../../shared/contract/backups.ts';
import { AppError } from '../../../shared/errors.ts';
import { hlcMillis } from '../../../shared/hlc.ts';
import { entities, entityNames } from '../../../shared/model/registry.ts';
import { backupDir, listBackupNames } from '../db/backup.ts';
import { backupKind, backupReason, backupTime } from '../db/backup-rotation.ts';
import { inspectStoreFile, openReadOnly } from '../db/open.ts';
import { quoteIdent } from '../db/sql.ts';
import type { Store } from '../store.ts';

// What a backup holds, read from the file itself (read-only) after it has been checked: ours,
// not newer than this version, not damaged, and written by this desk.

export type BackupEntry = z.output<typeof backupEntry>;
export type BackupPreview = z.output<typeof backupPreview>;

export function listBackups(store: Store): BackupEntry[] {
  const dir = backupDir(store.dataDir);
  return listBackupNames(dir)
    .sort()
    .reverse()
    .flatMap((name) => {
      const stat = fs.statSync(path.join(dir, name), { throwIfNoEntry: false });
      return stat ? [entryOf(name, stat.size)] : [];
    });
}

export function entryOf(name: string, bytes: number): BackupEntry {
  const reason = backupReason(name);
  return { name, kind: backupKind(reason), reason, createdAt: backupTime(name)!.toISOString(), bytes };
}

/** The file of a listed backup; a name that is not one is refused (never a path elsewhere). */
export function backupFile(store: Store, name: string): string {
  const file = path.join(backupDir(store.dataDir), name);
  if (!listBackupNames(backupDir(store.dataDir)).includes(name) || !fs.existsSync(file)) {
    throw new AppError('backup_missing', `there is no backup ${name}`, { name });
  }
  return file;
}

const REFUSALS: Record<string, string> = {
  store_not_sqlite: 'backup_foreign',
  store_foreign: 'backup_foreign',
  store_too_new: 'backup_too_new',
  store_corrupt: 'backup_damaged',
};

/** Checks a backup (thorough: the full integrity check, before a restore) and reads what it holds. */
export function previewBackup(store: Store, name: string, thorough = false): BackupPreview {
  const file = backupFile(store, name);
  try {
    // the store is always at this version's latest schema
    inspectStoreFile(file, store.schemaVersion, thorough ? 'thorough' : 'quick');
  } catch (err) {
    if (err instanceof AppError && REFUSALS[err.code]) throw new AppError(REFUSALS[err.code], err.message, { name });
    throw err;
  }
  const db = openReadOnly(file);
  try {
    const meta = (key: string) => (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null;
    const setting = (key: string) => (db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null;
    const nodeId = meta('node_id') ?? '';
    const previous: string[] = JSON.parse(meta('previous_node_ids') ?? '[]');
    const ours = new Set([store.nodeId, ...previousIds(store)]);
    const sameDesk = ours.has(nodeId) || previous.some((id) => ours.has(id));
    if (!sameDesk) throw new AppError('backup_other_desk', `${name} was written by another desk (${nodeId})`, { name });
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name));
    const counts: Record<string, number> = {};
    for (const entity of entityNames) {
      const table = entities[entity].table;
      if (!tables.has(table)) continue;
      const n = (db.prepare(`SELECT count(*) AS n FROM ${quoteIdent(table)} WHERE _deleted = 0`).get() as { n: number }).n;
      if (n > 0) counts[entity] = n;
    }
    const ops = db.prepare('SELECT count(*) AS n, max(hlc) AS last FROM ops').get() as { n: number; last: string | null };
    return {
      ...entryOf(name, fs.statSync(file).size),
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      deskLabel: setting('device_label'),
      nodeId,
      sameDesk,
      country: setting('country'),
      counts,
      ops: ops.n,
      lastChange: ops.last ? new Date(hlcMillis(ops.last)).toISOString() : null,
    };
  } finally {
    db.close();
  }
}

function previousIds(store: Store): string[] {
  const row = store.db.prepare("SELECT value FROM meta WHERE key = 'previous_node_ids'").get() as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as string[]) : [];
}
