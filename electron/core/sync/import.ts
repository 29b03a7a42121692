import type { Bundle } from '../../../shared/bundle.ts';
import { AppError } from '../../../shared/errors.ts';
import { futureBound, parseHlc, recv } from '../../../shared/hlc.ts';
import type { Op } from '../../../shared/model/ops.ts';
import { isEntityName, type EntityName } from '../../../shared/model/registry.ts';
import { BackupNotMade, backupStore, startBackup, type StartedBackup } from '../db/backup.ts';
import { checkpointAfter, startHash } from '../db/store-helper.ts';
import type { Store } from '../store.ts';
import { keyFingerprint, verifySignature } from './keys.ts';
import { applyOps, recomputeRows } from './oplog.ts';
import { knownBundle } from './known-bundle.ts';
import { checkDigest, readBundle, readBundleContent, readBundleShell } from './read-bundle.ts';
import { writtenParts } from './written.ts';
import { CheckNotMade, startBundleCheck, type PendingCheck } from './check-thread.ts';
import { stmt } from '../db/sql.ts';

// Import: validate, check digest and signature, preview, then apply in one transaction with a
// backup first. Idempotent (the hlc is the op's key) and order-independent. Ops with clocks too far
// in the future are set aside and reported; ops for unknown entities or fields wait as pending.

export type SignatureStatus = 'known' | 'unknown' | 'unsigned';

export interface ImportSummary {
  bundleId: string;
  createdAt: string;
  origin: Bundle['origin'];
  scope: Bundle['scope'];
  isDelta: boolean;
  signature: SignatureStatus;
  peerLabel: string | null;
  fingerprint: string | null;
  /** the signer's public key, to trust it from the preview */
  signerKey: string | null;
  alreadyImported: boolean;
  opsTotal: number;
  opsNew: number;
  opsDuplicate: number;
  opsPending: number;
  setAside: { hlc: string; entity: string; field: string; reason: 'clock_in_future' }[];
  rowsNew: Record<string, number>;
  rowsChanged: Record<string, number>;
  conflictsCreated: number;
}

export class Rollback extends Error {}

export function checkSignature(store: Store, b: Pick<Bundle, 'signature' | 'digest'>): { status: SignatureStatus; peerLabel: string | null; fingerprint: string | null; signerKey: string | null } {
  if (!b.signature) return { status: 'unsigned', peerLabel: null, fingerprint: null, signerKey: null };
  if (!verifySignature(b.signature.publicKey, b.digest, b.signature.value)) {
    throw new AppError('bundle_bad_signature', 'the signature does not match the bundle (altered, or not from the key it names)');
  }
  const peer = stmt(store.db, 'SELECT label FROM peers WHERE public_key = ?').get(b.signature.publicKey) as { label: string } | undefined;
  return { status: peer ? 'known' : 'unknown', peerLabel: peer?.label ?? null, fingerprint: keyFingerprint(b.signature.publicKey), signerKey: b.signature.publicKey };
}

export function conflictCount(store: Store): number {
  return (stmt(store.db, 'SELECT count(*) AS n FROM (SELECT DISTINCT entity, row_id, field FROM conflicts)').get() as { n: number }).n;
}

/** Applies the bundle inside the current transaction and describes what it did. */
function applyBundle(store: Store, b: Bundle, importId: number | null, setClock: ((c: ReturnType<Store['clock']>) => void) | null, checkLater: (() => void) | null = null): ImportSummary {
  const now = Date.now();
  const sig = checkSignature(store, b);
  const setAside: ImportSummary['setAside'] = [];
  const accepted: Op[] = [];
  const tooLate = futureBound(now);
  for (const op of b.ops) {
    if (op.hlc >= tooLate) setAside.push({ hlc: op.hlc, entity: op.entity, field: op.field, reason: 'clock_in_future' });
    else accepted.push(op);
  }

  const conflictsBefore = conflictCount(store);
  const alreadyImported = Boolean(stmt(store.db, 'SELECT 1 FROM imports WHERE bundle_id = ? AND undone_at IS NULL AND id IS NOT ?').get(b.bundleId, importId));

  const result = applyOps(store.db, accepted, importId);
  checkLater?.();

  if (setClock && accepted.length) {
    const newest = accepted.reduce((m, op) => (op.hlc > m ? op.hlc : m), accepted[0].hlc);
    setClock(recv(store.clock(), parseHlc(newest)!, now));
  }

  return {
    bundleId: b.bundleId,
    createdAt: b.createdAt,
    origin: b.origin,
    scope: b.scope,
    isDelta: Boolean(b.since),
    signature: sig.status,
    peerLabel: sig.peerLabel,
    fingerprint: sig.fingerprint,
    signerKey: sig.signerKey,
    alreadyImported,
    opsTotal: b.ops.length,
    opsNew: result.inserted,
    opsDuplicate: result.duplicates,
    opsPending: result.pending,
    setAside,
    rowsNew: result.rowsNew,
    rowsChanged: result.rowsChanged,
    conflictsCreated: Math.max(0, conflictCount(store) - conflictsBefore),
  };
}

// The last bundle previewed, parsed and checked, kept for the import that usually follows: the
// file is read and sent once (sync.import with `previewed`), not twice.
const previewed = new WeakMap<Store, Bundle>();

/** What importing would do, computed by applying in a transaction that is then rolled back. */
export function previewImport(store: Store, text: string): ImportSummary {
  const parts = writtenParts(text);
  const known = knownBundle(store, text, parts);
  if (known) return known;
  const b = readBundle(text, parts);
  previewed.set(store, b);
  let summary: ImportSummary | null = null;
  try {
    store.db.transaction(() => {
      summary = applyBundle(store, b, null, null);
      throw new Rollback();
    })();
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
  return summary!;
}

export interface ImportResult extends ImportSummary {
  importId: number;
  /** the backup made first ('' when the caller made it) */
  backup: string;
}

/** `backup: false` when the caller made one already (the sync folder, once per batch of files). */
export function importBundle(store: Store, text: string, fileName: string | null = null, options: { backup?: boolean } = {}): ImportResult {
  const known = knownBundle(store, text);
  if (known) return { ...known, backup: '' };
  // the checks run on the check thread and the backup on the helper's while the bundle is applied
  const checking = startBundleCheck(text);
  const backup = options.backup === false ? null : startBackup(store.db, store.dataDir, 'before-import');
  const later = checking ? checksOnThread(checking, text) : digestOnHelper(store, text);
  let b: Bundle;
  try {
    b = later.read();
    try {
      checkSignature(store, b);
    } catch (err) {
      later.verdict(b); // a malformed or altered bundle is named as such before its signature is
      throw err;
    }
  } catch (err) {
    backup?.discard();
    throw err;
  }
  return commitImport(store, b, fileName, backup, () => later.verdict(b));
}

/** How an import reads its bundle now, and the checks it leaves for before it commits. */
interface LaterChecks {
  read(): Bundle;
  /** throws what the checks left for later find */
  verdict(b: Bundle): void;
}

/** Every check on the check thread (where it gave no verdict, made here); the core reads the envelope only. */
function checksOnThread(checking: PendingCheck, text: string): LaterChecks {
  let done = false;
  return {
    read: () => readBundleShell(text),
    verdict() {
      if (done) return;
      done = true;
      try {
        checking.wait();
      } catch (err) {
        if (!(err instanceof CheckNotMade)) throw err;
        readBundle(text);
      }
    },
  };
}

/** Every check here but the digest, whose hash of the ops as written is made on the store helper's thread (when it can). */
function digestOnHelper(store: Store, text: string): LaterChecks {
  const parts = writtenParts(text);
  const hashing = parts ? startHash(store.db, parts.opsText) : null;
  return {
    read: () => (hashing ? readBundleContent(text) : readBundle(text, parts)),
    verdict: (b) => hashing && checkDigest(b, parts, hashing.wait()),
  };
}

/** Imports the bundle just previewed (by its id), without the renderer sending it again. */
export function importPreviewed(store: Store, bundleId: string, fileName: string | null): ImportResult {
  const b = previewed.get(store);
  if (!b || b.bundleId !== bundleId) throw new AppError('preview_expired', 'preview the bundle again before importing it');
  previewed.delete(store);
  return importReadBundle(store, b, fileName);
}

export function importReadBundle(store: Store, b: Bundle, fileName: string | null, options: { backup?: boolean } = {}): ImportResult {
  checkSignature(store, b); // refuse a forged bundle before even making a backup
  return commitImport(store, b, fileName, options.backup === false ? null : startBackup(store.db, store.dataDir, 'before-import'));
}

/**
 * Applies the bundle in one transaction that commits once its backup is written (commitAfterBackup).
 * `checkLater`: the checks still running (check thread) or left (digest), made before the clock moves and the import commits.
 */
function commitImport(store: Store, b: Bundle, fileName: string | null, backup: StartedBackup | null, checkLater: (() => void) | null = null): ImportResult {
  const { result, backup: file } = commitAfterBackup(store, backup, (backupDone) =>
    store.write(({ setClock }) => {
      const importedAt = new Date().toISOString();
      const importId = insertImportRow(store, b, fileName, importedAt);
      let summary: ImportSummary;
      try {
        summary = applyBundle(store, b, importId, setClock, checkLater);
      } catch (err) {
        checkLater?.(); // a malformed or altered bundle is named as such, whatever its ops ran into
        throw err;
      }
      completeImportRow(store, importId, summary, importedAt);
      backupDone();
      return { ...summary, importId };
    }),
  );
  return { ...result, backup: file };
}

/**
 * Runs an import's write, which calls `backupDone()` last in its transaction: the transaction then
 * commits only once the backup is written (it holds the store as it was: it reads the last commit).
 * Where the helper could not make the backup, it is made here and the write runs again; a write
 * that fails leaves no backup behind. The checkpoint that the commit would run is left to the helper.
 */
export function commitAfterBackup<T>(store: Store, backup: StartedBackup | null, write: (backupDone: () => void) => T): { result: T; backup: string } {
  const run = (waitFor: StartedBackup | null) => {
    let file = '';
    const result = checkpointAfter(store.db, () => write(() => (file = waitFor ? waitFor.done() : '')));
    return { result, backup: file };
  };
  try {
    return run(backup);
  } catch (err) {
    if (!(err instanceof BackupNotMade)) {
      backup?.discard(); // nothing was imported: the copy is not needed
      throw err;
    }
    const file = backupStore(store.db, store.dataDir, 'before-import');
    return { result: run(null).result, backup: file };
  }
}

type ImportHead = Pick<Bundle, 'bundleId' | 'origin' | 'createdAt' | 'digest'>;

/** The import's row in the history, first (its id marks the ops it brings, for undo). */
export function insertImportRow(store: Store, b: ImportHead, fileName: string | null, importedAt: string): number {
  return Number(
    stmt(
      store.db,
      `INSERT INTO imports (bundle_id, file_name, origin_node, origin_label, origin_country, signature, created_at, imported_at, ops_total, ops_new, ops_pending, ops_set_aside, conflicts_created, digest)
       VALUES (?, ?, ?, ?, ?, '', ?, ?, 0, 0, 0, 0, 0, ?)`,
    ).run(b.bundleId, fileName, b.origin.nodeId, b.origin.label, b.origin.country, b.createdAt, importedAt, b.digest).lastInsertRowid,
  );
}

/** What the import did, in its row; and the desk that wrote it, in the nodes seen. */
export function completeImportRow(store: Store, importId: number, summary: ImportSummary & { opsSetAside?: number }, importedAt: string): void {
  stmt(
    store.db,
    'UPDATE imports SET bundle_id = ?, origin_node = ?, origin_label = ?, origin_country = ?, created_at = ?, signature = ?, ops_total = ?, ops_new = ?, ops_pending = ?, ops_set_aside = ?, conflicts_created = ? WHERE id = ?',
  ).run(
    summary.bundleId,
    summary.origin.nodeId,
    summary.origin.label,
    summary.origin.country,
    summary.createdAt,
    summary.signature,
    summary.opsTotal,
    summary.opsNew,
    summary.opsPending,
    summary.opsSetAside ?? summary.setAside.length,
    summary.conflictsCreated,
    importId,
  );
  stmt(store.db, 'INSERT INTO nodes (node_id, label, country, last_seen) VALUES (?, ?, ?, ?) ON CONFLICT(node_id) DO UPDATE SET label = excluded.label, country = excluded.country, last_seen = excluded.last_seen').run(
    summary.origin.nodeId,
    summary.origin.label,
    summary.origin.country,
    importedAt,
  );
}

/** Takes back the ops that the last import added (those already known before it stay). */
export function undoLastImport(store: Store): { importId: number; opsRemoved: number; label: string } {
  const last = stmt(store.db, 'SELECT id, origin_label, undone_at FROM imports ORDER BY id DESC LIMIT 1').get() as
    | { id: number; origin_label: string; undone_at: string | null }
    | undefined;
  if (!last || last.undone_at) throw new AppError('nothing_to_undo', 'there is no import to undo');
  backupStore(store.db, store.dataDir, 'before-undo-import');
  return store.write(() => {
    const ops = stmt(store.db, 'SELECT entity, row_id AS id, pending FROM ops WHERE import_id = ?').all(last.id) as { entity: string; id: string; pending: number }[];
    stmt(store.db, 'DELETE FROM ops WHERE import_id = ?').run(last.id);
    recomputeRows(
      store.db,
      ops.filter((o) => !o.pending && isEntityName(o.entity)).map((o) => ({ entity: o.entity as EntityName, id: o.id })),
    );
    stmt(store.db, 'UPDATE imports SET undone_at = ? WHERE id = ?').run(new Date().toISOString(), last.id);
    return { importId: last.id, opsRemoved: ops.length, label: last.origin_label };
  });
}
