import fs from 'node:fs';
import path from 'node:path';
import type { Bundle } from '../../../shared/bundle.ts';
import { MAX_BUNDLE_BYTES } from '../../../shared/bundle.ts';
import { AppError } from '../../../shared/errors.ts';
import { backupStore } from '../db/backup.ts';
import { readSetting, writeSetting } from '../db/local-settings.ts';
import { stmt } from '../db/sql.ts';
import type { Store } from '../store.ts';
import { checkSignature, importReadBundle } from '../sync/import.ts';
import { knownBundle } from '../sync/known-bundle.ts';
import { writtenParts } from '../sync/written.ts';
import { decodeBundleBytes, readBundle } from '../sync/read-bundle.ts';
import { importBundleFile, streaming } from '../sync/import-stream.ts';
import { log } from './folder.ts';
import { isCandidate, parseOwnName } from './names.ts';

// Reading the folder: every bundle from a known colleague is imported by itself, once (by bundle
// id); one from a key the desk does not know waits for the user; a damaged, forged or hostile
// file is refused with its reason; a file still arriving (not yet whole JSON) is tried again when
// it changes. One bad file never stops the others.

type Status = 'imported' | 'duplicate' | 'waiting' | 'refused' | 'incomplete' | 'declined' | 'own';
interface FileRow {
  size: number;
  mtime_ms: number;
  status: Status;
  public_key: string | null;
}

const DECLINED_KEY = 'sync_folder_declined';

export function declinedKeys(store: Store): string[] {
  return JSON.parse(readSetting(store.db, DECLINED_KEY) ?? '[]') as string[];
}

export function declineKey(store: Store, publicKey: string): void {
  const keys = new Set(declinedKeys(store));
  keys.add(publicKey);
  writeSetting(store.db, DECLINED_KEY, JSON.stringify([...keys]));
}

const isKnownKey = (store: Store, key: string) => Boolean(stmt(store.db, 'SELECT 1 FROM peers WHERE public_key = ?').get(key));

export interface ScanResult {
  imported: number;
  waiting: number;
  refused: number;
}

type Described = Pick<Bundle, 'bundleId' | 'signature' | 'origin'>;

function remember(store: Store, name: string, stat: fs.Stats, status: Status, b?: Described | null, code?: string | null): void {
  stmt(
    store.db,
    `INSERT INTO sync_folder_files (name, size, mtime_ms, status, bundle_id, public_key, origin_label, origin_country, code, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(name) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, status = excluded.status, bundle_id = excluded.bundle_id, public_key = excluded.public_key,
       origin_label = excluded.origin_label, origin_country = excluded.origin_country, code = excluded.code, seen_at = excluded.seen_at`,
  ).run(name, stat.size, Math.trunc(stat.mtimeMs), status, b?.bundleId ?? null, b?.signature?.publicKey ?? null, b?.origin.label ?? null, b?.origin.country ?? null, code ?? null, new Date().toISOString());
}

/** One backup before the first import of a batch, not one per file. */
function backupOnce(store: Store, state: Pass): void {
  if (state.backedUp) return;
  backupStore(store.db, store.dataDir, 'before-folder-import');
  state.backedUp = true;
}

function readFile(file: string, size: number): string {
  if (size > MAX_BUNDLE_BYTES) throw new AppError('bundle_too_large', 'the file is too large', { limitMb: MAX_BUNDLE_BYTES / 1024 / 1024 });
  return decodeBundleBytes(fs.readFileSync(file));
}

interface Pass {
  backedUp: boolean;
  /** large files are listed here instead of read (the watcher reads them in a worker thread) */
  deferLarge?: string[];
  onProgress?: (done: number, total: number) => void;
}

/** Handles one file; `force` reads it again even if it has not changed (a signer just accepted). */
function handleFile(store: Store, dir: string, name: string, result: ScanResult, state: Pass, force = false): void {
  const file = path.join(dir, name);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return; // gone between the listing and now
  }
  if (!stat.isFile()) return;
  const known = stmt(store.db, 'SELECT size, mtime_ms, status, public_key FROM sync_folder_files WHERE name = ?').get(name) as FileRow | undefined;
  const unchanged = known && known.size === stat.size && known.mtime_ms === Math.trunc(stat.mtimeMs);
  // a waiting file is read again once its signer is known (added on the Exchange page) or refused
  const decided = known?.status === 'waiting' && known.public_key && (isKnownKey(store, known.public_key) || declinedKeys(store).includes(known.public_key));
  if (!force && unchanged && !decided) return;
  if (stat.size > streaming.fromBytes) {
    if (state.deferLarge) return void state.deferLarge.push(name);
    return handleLargeFile(store, file, name, stat, known, result, state);
  }
  let b: Bundle;
  try {
    const text = readFile(file, stat.size);
    // the same bundle again (an engine's copy, a re-sent file): known by id and digest, not read again
    const parts = writtenParts(text);
    const known = knownBundle(store, text, parts);
    if (known) {
      remember(store, name, stat, 'duplicate', null);
      log(store, { file: name, outcome: 'duplicate', originLabel: known.peerLabel ?? known.origin.label });
      return;
    }
    b = readBundle(text, parts);
  } catch (err) {
    return notImported(store, name, stat, err, result, null);
  }
  if (b.origin.nodeId === store.nodeId) return remember(store, name, stat, 'own', b);
  if (stmt(store.db, 'SELECT 1 FROM imports WHERE bundle_id = ? AND undone_at IS NULL').get(b.bundleId)) {
    remember(store, name, stat, 'duplicate', b);
    if (!known || known.status !== 'duplicate') log(store, { file: name, outcome: 'duplicate', originLabel: b.origin.label });
    return;
  }
  try {
    if (!b.signature) throw new AppError('bundle_unsigned_in_folder', 'a bundle in a shared folder must be signed');
    const signer = checkSignature(store, b);
    if (declinedKeys(store).includes(b.signature.publicKey)) {
      remember(store, name, stat, 'declined', b);
      log(store, { file: name, outcome: 'declined', originLabel: b.origin.label });
      return;
    }
    if (signer.status !== 'known') {
      remember(store, name, stat, 'waiting', b);
      if (!known || known.status !== 'waiting') log(store, { file: name, outcome: 'waiting', originLabel: b.origin.label });
      result.waiting++;
      return;
    }
    backupOnce(store, state);
    const imported = importReadBundle(store, b, name, { backup: false });
    remember(store, name, stat, 'imported', b);
    log(store, { file: name, outcome: 'imported', opsNew: imported.opsNew, originLabel: signer.peerLabel ?? b.origin.label });
    result.imported++;
  } catch (err) {
    notImported(store, name, stat, err, result, b);
  }
}

/** A file not imported: still arriving (not yet whole JSON: the engine is still writing it, or it stopped half-way; tried again when it changes) or refused, with its reason. */
function notImported(store: Store, name: string, stat: fs.Stats, err: unknown, result: ScanResult, described: Described | null): void {
  const e = err instanceof AppError ? err : new AppError('internal', String(err));
  const status: Status = e.code === 'bundle_not_json' ? 'incomplete' : 'refused';
  remember(store, name, stat, status, described, e.code);
  log(store, { file: name, outcome: status, code: e.code, params: scalarParams(e.params), ...(described ? { originLabel: described.origin.label } : {}) });
  if (status === 'refused') result.refused++;
}

/** Thrown from the stream's hooks: the file is not to be imported (yet), for this reason. */
class NotNow extends Error {
  constructor(
    readonly status: Status,
    readonly described: Described | null,
  ) {
    super(status);
  }
}

/**
 * A file too large to read whole (a desk's full bundle of years of history): streamed into one
 * transaction, with the same decisions as above taken as soon as the file allows (own and already
 * imported bundles at its head, the signer at its end, before the commit).
 */
function handleLargeFile(store: Store, file: string, name: string, stat: fs.Stats, known: FileRow | undefined, result: ScanResult, state: Pass): void {
  const seen: { envelope: Described | null } = { envelope: null };
  try {
    backupOnce(store, state);
    const imported = importBundleFile(store, file, {
      fileName: name,
      backup: false,
      onProgress: state.onProgress,
      atHead: (head) => {
        const origin = head.origin as Described['origin'] | undefined;
        if (origin?.nodeId === store.nodeId) throw new NotNow('own', null);
        if (typeof head.bundleId === 'string' && stmt(store.db, 'SELECT 1 FROM imports WHERE bundle_id = ? AND undone_at IS NULL').get(head.bundleId)) throw new NotNow('duplicate', null);
      },
      beforeCommit: (envelope, signer) => {
        seen.envelope = envelope;
        if (!envelope.signature) throw new AppError('bundle_unsigned_in_folder', 'a bundle in a shared folder must be signed');
        if (declinedKeys(store).includes(envelope.signature.publicKey)) throw new NotNow('declined', envelope);
        if (signer.status !== 'known') throw new NotNow('waiting', envelope);
      },
    });
    remember(store, name, stat, imported.alreadyImported ? 'duplicate' : 'imported', seen.envelope);
    log(store, { file: name, outcome: imported.alreadyImported ? 'duplicate' : 'imported', opsNew: imported.opsNew, originLabel: imported.peerLabel ?? imported.origin.label });
    if (!imported.alreadyImported) result.imported++;
  } catch (err) {
    if (err instanceof NotNow) {
      remember(store, name, stat, err.status, err.described);
      const label = err.described?.origin.label;
      if (err.status === 'waiting') result.waiting++;
      if (err.status !== 'own' && (!known || known.status !== err.status)) log(store, { file: name, outcome: err.status, ...(label ? { originLabel: label } : {}) });
      return;
    }
    notImported(store, name, stat, err, result, seen.envelope);
  }
}

function scalarParams(params: Record<string, unknown> | undefined): Record<string, string | number> | null {
  if (!params) return null;
  const out = Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v === 'string' || typeof v === 'number')) as Record<string, string | number>;
  return Object.keys(out).length ? out : null;
}

/**
 * Every bundle of the folder the desk has not dealt with, oldest name first (each desk's files in
 * the order written). With `deferLarge`, files too large to read whole are listed there, not read.
 */
export function scanFolder(store: Store, dir: string, options: { deferLarge?: string[] } = {}): ScanResult {
  const result: ScanResult = { imported: 0, waiting: 0, refused: 0 };
  const state: Pass = { backedUp: false, deferLarge: options.deferLarge };
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter(isCandidate).sort();
  } catch {
    return result;
  }
  for (const name of names) {
    if (parseOwnName(name)?.nodeId === store.nodeId) continue;
    handleFile(store, dir, name, result, state);
  }
  return result;
}

/** One file of the folder, read whatever its size (a large file's turn, in a worker thread). */
export function scanFolderFile(store: Store, dir: string, name: string, onProgress?: (done: number, total: number) => void): ScanResult {
  const result: ScanResult = { imported: 0, waiting: 0, refused: 0 };
  if (isCandidate(name) && parseOwnName(name)?.nodeId !== store.nodeId) handleFile(store, dir, name, result, { backedUp: false, onProgress });
  return result;
}

/** The files of one signer that waited for the user: imported now that the key is known. With `deferLarge`, as scanFolder. */
export function importWaiting(store: Store, dir: string, publicKey: string, options: { deferLarge?: string[] } = {}): ScanResult {
  const result: ScanResult = { imported: 0, waiting: 0, refused: 0 };
  const state: Pass = { backedUp: false, deferLarge: options.deferLarge };
  const names = (stmt(store.db, "SELECT name FROM sync_folder_files WHERE status = 'waiting' AND public_key = ? ORDER BY name").all(publicKey) as { name: string }[]).map((r) => r.name);
  for (const name of names) handleFile(store, dir, name, result, state, true);
  return result;
}
