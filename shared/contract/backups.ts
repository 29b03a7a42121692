import { z } from 'zod';
import { empty } from './common.ts';
import { async, read, repairs, write } from './define.ts';

// Backups of the store: made every day by themselves, before every risky operation, and when the
// user asks; previewed (what one holds, checked first) and restored from Settings.

export const BACKUP_KINDS = ['daily', 'manual', 'safety'] as const;

/** a backup file's name in the store's backups folder, never a path */
const backupName = z.string().regex(/^[\w.-]{1,120}\.sqlite$/, { error: 'invalid' });

export const backupEntry = z.object({
  name: z.string(),
  kind: z.enum(BACKUP_KINDS),
  /** why it was made: daily, manual, before-import, before-migration-…, before-restore … */
  reason: z.string(),
  createdAt: z.string(),
  bytes: z.number().int(),
});

export const backupPreview = backupEntry.extend({
  schemaVersion: z.number().int(),
  /** the desk that wrote it: its label (Settings) and node id */
  deskLabel: z.string().nullable(),
  nodeId: z.string(),
  /** written by this desk (or by it before a copy to another folder) */
  sameDesk: z.boolean(),
  country: z.string().nullable(),
  counts: z.record(z.string(), z.number().int()),
  ops: z.number().int(),
  lastChange: z.string().nullable(),
});

/** the content check of the store: at open for most stores, in the background for large ones */
export const storeHealth = z.object({
  state: z.enum(['checking', 'ok', 'damaged']),
  /** SQLite's finding when damaged */
  detail: z.string().nullable(),
});

export const backupsChannels = {
  'backups.health': read(empty, storeHealth, ['backups']),
  'backups.list': read(empty, z.array(backupEntry), ['backups']),
  'backups.create': async(write(empty, backupEntry, ['backups'])),
  'backups.preview': read(z.strictObject({ name: backupName }), backupPreview, ['backups']),
  'backups.restore': repairs(
    async(
      write(
      z.strictObject({ name: backupName }),
      z.object({ restored: backupPreview, safetyBackup: z.string() }),
        ['backups', 'settings', 'peers', 'imports', 'exports', 'syncFolder'],
      ),
    ),
  ),
};
