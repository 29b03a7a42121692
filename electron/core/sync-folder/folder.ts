import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readSetting, writeSetting } from '../db/local-settings.ts';
import { stmt } from '../db/sql.ts';
import type { Store } from '../store.ts';

// The folder's place (a local setting) and whether the desk can use it right now. A missing
// folder is normal for a while (an unmounted drive, a laptop offline): the desk says so and waits.

const KEY = 'sync_folder_path';

export function folderPath(store: Store): string | null {
  return readSetting(store.db, KEY) || null;
}

export function setFolderPath(store: Store, value: string | null): void {
  writeSetting(store.db, KEY, value ?? '');
}

export type FolderProblem = 'folder_missing' | 'folder_not_writable';

/** null when the folder is there and writable (checked by writing and removing a probe file). */
export function folderProblem(dir: string): FolderProblem | null {
  try {
    if (!fs.statSync(dir).isDirectory()) return 'folder_missing';
  } catch {
    return 'folder_missing';
  }
  const probe = path.join(dir, `.synergy-desk-probe-${crypto.randomBytes(4).toString('hex')}.partial`);
  try {
    fs.writeFileSync(probe, '');
    fs.rmSync(probe, { force: true });
    return null;
  } catch {
    return 'folder_not_writable';
  }
}

export interface LogLine {
  file?: string | null;
  outcome: string;
  code?: string | null;
  params?: Record<string, string | number> | null;
  opsNew?: number | null;
  originLabel?: string | null;
}

const KEEP_LOG = 500;

export function log(store: Store, line: LogLine): void {
  stmt(store.db, 'INSERT INTO sync_folder_log (at, file, outcome, code, params, ops_new, origin_label) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    new Date().toISOString(),
    line.file ?? null,
    line.outcome,
    line.code ?? null,
    line.params ? JSON.stringify(line.params) : null,
    line.opsNew ?? null,
    line.originLabel ?? null,
  );
  stmt(store.db, 'DELETE FROM sync_folder_log WHERE id <= (SELECT max(id) FROM sync_folder_log) - ?').run(KEEP_LOG);
}

/** A folder problem is logged once when it starts, not on every poll. */
export function logProblemOnce(store: Store, problem: FolderProblem): void {
  const last = stmt(store.db, "SELECT outcome FROM sync_folder_log WHERE outcome IN ('folder_missing', 'folder_not_writable', 'written', 'imported') ORDER BY id DESC LIMIT 1").get() as { outcome: string } | undefined;
  if (last?.outcome !== problem) log(store, { outcome: problem, code: problem });
}
