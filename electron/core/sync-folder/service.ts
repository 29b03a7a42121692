import path from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors.ts';
import type { folderDecision, FolderLogEntry, FolderStatus } from '../../../shared/model/sync-folder.ts';
import { readSetting, writeSetting } from '../db/local-settings.ts';
import { stmt } from '../db/sql.ts';
import { addPeer } from '../peers/service.ts';
import type { Store } from '../store.ts';
import { keyFingerprint } from '../sync/keys.ts';
import { folderPath, folderProblem, log, logProblemOnce, setFolderPath } from './folder.ts';
import { largeFileReader } from './large-files.ts';
import { declineKey, importWaiting, scanFolder, type ScanResult } from './scan.ts';
import { ownFiles, writeOwnBundle } from './write-own.ts';

// The sync folder's channels: choose it, run it now, decide on signers the desk does not know,
// and what it did, for the Exchange page.

const LAST_RUN = 'sync_folder_last_run';

export function folderStatus(store: Store): FolderStatus {
  const dir = folderPath(store);
  const problem = dir ? folderProblem(dir) : null;
  const waiting = stmt(
    store.db,
    `SELECT public_key AS publicKey, max(origin_label) AS originLabel, max(origin_country) AS originCountry, count(*) AS files
     FROM sync_folder_files WHERE status = 'waiting' AND public_key IS NOT NULL GROUP BY public_key ORDER BY min(name)`,
  ).all() as { publicKey: string; originLabel: string | null; originCountry: string | null; files: number }[];
  const log = (stmt(store.db, 'SELECT id, at, file, outcome, code, params, ops_new AS opsNew, origin_label AS originLabel FROM sync_folder_log ORDER BY id DESC LIMIT 100').all() as (Omit<FolderLogEntry, 'params'> & { params: string | null })[]).map(
    (r) => ({ ...r, params: r.params ? (JSON.parse(r.params) as Record<string, string | number>) : null }),
  );
  return {
    path: dir,
    available: Boolean(dir) && !problem,
    problem,
    lastRunAt: readSetting(store.db, LAST_RUN) ?? null,
    ownFiles: dir && !problem ? ownFiles(store, dir).length : 0,
    waiting: waiting.map((w) => ({ ...w, fingerprint: keyFingerprint(w.publicKey) })),
    log,
  };
}

export function setFolder(store: Store, input: { path: string | null }): FolderStatus {
  if (input.path !== null) {
    if (!path.isAbsolute(input.path)) throw new AppError('invalid_input', 'the folder must be an absolute path', {}, [{ path: 'path', code: 'folder_not_absolute' }]);
    const problem = folderProblem(input.path);
    if (problem) throw new AppError('invalid_input', `the folder cannot be used: ${problem}`, {}, [{ path: 'path', code: problem }]);
  }
  setFolderPath(store, input.path ? path.resolve(input.path) : null);
  return folderStatus(store);
}

export interface RunResult extends ScanResult {
  written: string | null;
  status: FolderStatus;
}

/** Writes the desk's news, then reads everyone else's. A missing folder is reported once and waited for. */
export function runFolder(store: Store, options: { full?: boolean; deferLarge?: string[] } = {}): RunResult {
  const dir = folderPath(store);
  const empty = { written: null, imported: 0, waiting: 0, refused: 0 };
  if (!dir) return { ...empty, status: folderStatus(store) };
  const problem = folderProblem(dir);
  if (problem) {
    logProblemOnce(store, problem);
    return { ...empty, status: folderStatus(store) };
  }
  const written = writeOwnBundle(store, dir, options);
  // "Sync now" where the watcher reads large files in a worker: they are left to it
  const reader = options.deferLarge ? undefined : largeFileReader(store);
  const deferLarge = options.deferLarge ?? (reader ? [] : undefined);
  const scanned = scanFolder(store, dir, { deferLarge });
  if (reader && deferLarge?.length) reader();
  writeSetting(store.db, LAST_RUN, new Date().toISOString());
  return { written, ...scanned, status: folderStatus(store) };
}

/** Accepting a signer makes it a known colleague and imports what it left; refusing sets its files aside for good. */
export function decideSigner(store: Store, input: z.output<typeof folderDecision>): RunResult {
  const dir = folderPath(store);
  const files = stmt(store.db, "SELECT max(origin_label) AS label, count(*) AS n FROM sync_folder_files WHERE status = 'waiting' AND public_key = ?").get(input.publicKey) as { label: string | null; n: number };
  if (!files.n) throw new AppError('not_found', 'no file of the sync folder waits for this key', {});
  if (!input.accept) {
    declineKey(store, input.publicKey);
    stmt(store.db, "UPDATE sync_folder_files SET status = 'declined' WHERE status = 'waiting' AND public_key = ?").run(input.publicKey);
    log(store, { outcome: 'declined', originLabel: files.label });
    return { written: null, imported: 0, waiting: 0, refused: 0, status: folderStatus(store) };
  }
  addPeer(store, { label: input.label ?? files.label ?? keyFingerprint(input.publicKey), publicKey: input.publicKey });
  // its large files, where the watcher reads them in a worker, are left to it (as "Sync now" does)
  const reader = largeFileReader(store);
  const deferLarge = reader ? [] : undefined;
  const scanned = dir && !folderProblem(dir) ? importWaiting(store, dir, input.publicKey, { deferLarge }) : { imported: 0, waiting: 0, refused: 0 };
  if (reader && deferLarge?.length) reader();
  return { written: null, ...scanned, status: folderStatus(store) };
}
