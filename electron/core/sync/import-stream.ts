import fs from 'node:fs';
import { AppError } from '../../../shared/errors.ts';
import { futureBound, parseHlc, recv } from '../../../shared/hlc.ts';
import { MAX_BUNDLE_BYTES } from '../../../shared/bundle.ts';
import { startBackup } from '../db/backup.ts';
import { stmt } from '../db/sql.ts';
import type { Store } from '../store.ts';
import { type BundleEnvelope, streamBundleFile } from './bundle-stream.ts';
import { checkSignature, commitAfterBackup, completeImportRow, conflictCount, importBundle, type ImportResult, type ImportSummary, insertImportRow, previewImport, Rollback } from './import.ts';
import { applyOps } from './oplog.ts';
import { decodeBundleBytes } from './read-bundle.ts';

// Importing a bundle file by its path (the sync folder, the command line). A file up to
// streaming.fromBytes (32 MB) is read whole, as the renderer's bundles are; a larger one is streamed: its ops
// are checked and applied batch by batch inside one transaction, and the digest and signature,
// which come at the end of the file, decide at the end whether it commits. Memory stays bounded
// whatever the size of the file; what a damaged or forged file did is rolled back whole.

/** Files larger than this are streamed (a knob, so that tests stream small files). */
export const READ_WHOLE_UP_TO = 32 * 1024 * 1024;
export const streaming = { fromBytes: READ_WHOLE_UP_TO };
const readWholeUpTo = () => Math.min(streaming.fromBytes, MAX_BUNDLE_BYTES);
/** the clocks set aside are listed up to this many (all are counted) */
const SET_ASIDE_LISTED = 1000;

export interface StreamHooks {
  /** bytes of the file read so far (a streamed file only) */
  onProgress?: (done: number, total: number) => void;
  /** before any op is applied, with what the file says before its ops (throw to stop) */
  atHead?: (head: Record<string, unknown>) => void;
  /** before the commit, with the checked envelope and its signer (throw to roll back) */
  beforeCommit?: (envelope: BundleEnvelope, signer: ReturnType<typeof checkSignature>) => void;
}

export interface FileImportOptions extends StreamHooks {
  fileName?: string | null;
  /** false when the caller made a backup already */
  backup?: boolean;
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    throw new AppError('file_not_found', `cannot read ${file}`, { file });
  }
}

/** The file's text when it is small enough to read whole; null when it is to be streamed. */
export function textIfSmall(file: string, upTo = readWholeUpTo()): string | null {
  return fileSize(file) <= upTo ? decodeBundleBytes(fs.readFileSync(file)) : null;
}

/** Imports the bundle file, streamed when it is large. */
export function importBundleFile(store: Store, file: string, options: FileImportOptions = {}): ImportResult {
  const text = textIfSmall(file);
  if (text !== null) return importBundle(store, text, options.fileName ?? null, { backup: options.backup });
  // the backup is made on the store helper's thread while the file streams in
  const backup = options.backup === false ? null : startBackup(store.db, store.dataDir, 'before-import');
  try {
    const done = commitAfterBackup(store, backup, (backupDone) => streamIntoStore(store, file, options, backupDone));
    return { ...done.result, backup: done.backup };
  } catch (err) {
    if (!(err instanceof KnownAgain)) throw err;
    // the same bundle again: nothing new, and no second line in the history (as for a bundle read whole)
    const first = stmt(store.db, 'SELECT id FROM imports WHERE bundle_id = ? AND undone_at IS NULL ORDER BY id LIMIT 1').get(err.summary.bundleId) as { id: number };
    return { ...err.summary, importId: first.id, opsDuplicate: err.summary.opsTotal, backup: '' };
  }
}

class KnownAgain extends Error {
  constructor(readonly summary: ImportSummary) {
    super('already imported');
  }
}

function streamIntoStore(store: Store, file: string, options: FileImportOptions, backupDone: () => void): Omit<ImportResult, 'backup'> {
  return store.write(({ setClock }) => {
    const importedAt = new Date().toISOString();
    const importId = insertImportRow(store, { bundleId: '', origin: { nodeId: '', label: '', country: null }, createdAt: '', digest: '' }, options.fileName ?? null, importedAt);
    const { summary, setAsideCount, newest, digest } = applyStreamed(store, file, importId, options);
    if (summary.alreadyImported && summary.opsNew === 0 && summary.opsPending === 0) throw new KnownAgain(summary);
    if (newest) setClock(recv(store.clock(), parseHlc(newest)!, Date.now()));
    completeImportRow(store, importId, { ...summary, opsSetAside: setAsideCount }, importedAt);
    stmt(store.db, 'UPDATE imports SET digest = ? WHERE id = ?').run(digest, importId);
    backupDone();
    return { ...summary, importId };
  });
}

/** What importing the file would do: applied in a transaction that is then rolled back. */
export function previewBundleFile(store: Store, file: string, hooks: Pick<StreamHooks, 'onProgress'> = {}): ImportSummary {
  const text = textIfSmall(file);
  if (text !== null) return previewImport(store, text);
  let summary: ImportSummary | null = null;
  try {
    store.db.transaction(() => {
      summary = applyStreamed(store, file, null, hooks).summary;
      throw new Rollback();
    })();
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
  return summary!;
}

/**
 * A clash with the store, or the file itself naming two changes by one clock (reading it whole
 * says so first): told apart by reading the file once more for that clock alone, on this error path only.
 */
function clashOrDuplicate(file: string, clash: AppError): AppError {
  const hlc = String(clash.params?.hlc ?? '');
  const bodies = new Set<string>();
  streamBundleFile(file, {
    ops(batch) {
      for (const op of batch) if (op.hlc === hlc) bodies.add(JSON.stringify([op.entity, op.id, op.field, op.value, op.parents]));
    },
  });
  return bodies.size > 1 ? new AppError('bundle_duplicate_clock', `two different changes carry the same clock ${hlc}`, { hlc }) : clash;
}

/** Streams the file's ops into the store (inside the caller's transaction) and describes what they did. */
function applyStreamed(store: Store, file: string, importId: number | null, hooks: StreamHooks): { summary: ImportSummary; setAsideCount: number; newest: string; digest: string } {
  const now = Date.now();
  const tooLate = futureBound(now);
  const conflictsBefore = conflictCount(store);
  const newRows = new Set<string>();
  const setAside: ImportSummary['setAside'] = [];
  const totals = { setAside: 0, inserted: 0, duplicates: 0, pending: 0 };
  const rowsNew: Record<string, number> = {};
  const rowsChanged: Record<string, number> = {};
  let newest = '';
  // a change that clashes with one already held is told only once the file is known to be whole and
  // genuine: a damaged or forged file is named as such, as when it is read whole
  let clash: AppError | null = null;
  const { envelope, opsTotal } = streamBundleFile(file, {
    head: hooks.atHead,
    progress: hooks.onProgress,
    ops(batch) {
      if (clash) return;
      const accepted = batch.filter((op) => {
        if (op.hlc < tooLate) return true;
        if (totals.setAside++ < SET_ASIDE_LISTED) setAside.push({ hlc: op.hlc, entity: op.entity, field: op.field, reason: 'clock_in_future' });
        return false;
      });
      for (const op of accepted) if (op.hlc > newest) newest = op.hlc;
      let r: ReturnType<typeof applyOps>;
      try {
        r = applyOps(store.db, accepted, importId, newRows);
      } catch (err) {
        if (!(err instanceof AppError && err.code === 'op_clash')) throw err;
        clash = err;
        return;
      }
      totals.inserted += r.inserted;
      totals.duplicates += r.duplicates;
      totals.pending += r.pending;
      for (const [e, n] of Object.entries(r.rowsNew)) rowsNew[e] = (rowsNew[e] ?? 0) + n;
      for (const [e, n] of Object.entries(r.rowsChanged)) rowsChanged[e] = (rowsChanged[e] ?? 0) + n;
    },
  });
  const signer = checkSignature(store, envelope);
  if (clash) throw clashOrDuplicate(file, clash);
  hooks.beforeCommit?.(envelope, signer);
  const alreadyImported = Boolean(stmt(store.db, 'SELECT 1 FROM imports WHERE bundle_id = ? AND undone_at IS NULL AND id IS NOT ?').get(envelope.bundleId, importId));
  const summary = {
    bundleId: envelope.bundleId,
    createdAt: envelope.createdAt,
    origin: envelope.origin,
    scope: envelope.scope,
    isDelta: Boolean(envelope.since),
    signature: signer.status,
    peerLabel: signer.peerLabel,
    fingerprint: signer.fingerprint,
    signerKey: signer.signerKey,
    alreadyImported,
    opsTotal,
    opsNew: totals.inserted,
    opsDuplicate: totals.duplicates,
    opsPending: totals.pending,
    setAside,
    rowsNew,
    rowsChanged,
    conflictsCreated: Math.max(0, conflictCount(store) - conflictsBefore),
  };
  return { summary, setAsideCount: totals.setAside, newest, digest: envelope.digest };
}
