import type { z } from 'zod';
import { AppError } from '../../../shared/errors.ts';
import type { Peer, peerInput } from '../../../shared/model/sync.ts';
import type { Store } from '../store.ts';
import { deviceKey, keyFingerprint } from '../sync/keys.ts';
import { stmt } from '../db/sql.ts';

// Known colleagues: a label and the public key their desk signs bundles with.

export function listPeers(store: Store): Peer[] {
  const rows = stmt(
    store.db,
    `SELECT p.id, p.label, p.public_key AS publicKey, p.added_at AS addedAt,
       (SELECT max(exported_at) FROM export_marks m WHERE m.peer = p.label) AS lastExport
     FROM peers p ORDER BY p.label COLLATE NOCASE`,
  ).all() as Omit<Peer, 'fingerprint'>[];
  return rows.map((r) => ({ ...r, fingerprint: keyFingerprint(r.publicKey) }));
}

export function addPeer(store: Store, input: z.output<typeof peerInput>): Peer[] {
  if (input.publicKey === deviceKey(store.db).publicKey) throw new AppError('invalid_input', 'this is our own key', {}, [{ path: 'publicKey', code: 'key_own' }]);
  if (stmt(store.db, 'SELECT 1 FROM peers WHERE public_key = ?').get(input.publicKey)) {
    throw new AppError('invalid_input', 'this key is already known', {}, [{ path: 'publicKey', code: 'key_known' }]);
  }
  stmt(store.db, 'INSERT INTO peers (label, public_key, added_at) VALUES (?, ?, ?)').run(input.label, input.publicKey, new Date().toISOString());
  return listPeers(store);
}

export function removePeer(store: Store, id: number): Peer[] {
  stmt(store.db, 'DELETE FROM peers WHERE id = ?').run(id);
  return listPeers(store);
}
