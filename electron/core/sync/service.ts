import type { ImportLogEntry } from '../../../shared/model/sync.ts';
import { getSettings } from '../db/local-settings.ts';
import type { Store } from '../store.ts';
import { deviceKey, keyFingerprint } from './keys.ts';
import { stmt } from '../db/sql.ts';

export function importHistory(store: Store): ImportLogEntry[] {
  return stmt(
    store.db,
    `SELECT id, bundle_id AS bundleId, file_name AS fileName, origin_label AS originLabel, origin_country AS originCountry, signature,
       created_at AS createdAt, imported_at AS importedAt, ops_total AS opsTotal, ops_new AS opsNew, ops_pending AS opsPending,
       ops_set_aside AS opsSetAside, conflicts_created AS conflictsCreated, undone_at AS undoneAt
     FROM imports ORDER BY id DESC LIMIT 200`,
  ).all() as ImportLogEntry[];
}

/** Peer labels we have made delta exports for (to offer in the export form); the sync folder's own mark ("@…") is not a person. */
export function exportPeers(store: Store): string[] {
  return (stmt(store.db, "SELECT DISTINCT peer FROM export_marks WHERE peer NOT LIKE '@%' ORDER BY peer").all() as { peer: string }[]).map((r) => r.peer);
}

/** This desk: its node id, label and the public key it signs bundles with. */
export function identity(store: Store) {
  const key = deviceKey(store.db);
  return { nodeId: store.nodeId, label: getSettings(store).deviceLabel, publicKey: key.publicKey, fingerprint: keyFingerprint(key.publicKey) };
}
