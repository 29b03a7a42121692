import type { Bundle } from '../../../shared/bundle.ts';
import { stmt } from '../db/sql.ts';
import type { Store } from '../store.ts';
import { digestText } from './canonical.ts';
import type { ImportSummary } from './import.ts';
import { keyFingerprint, verifySignature } from './keys.ts';
import { headBundleId, headOf, writtenParts, type WrittenParts } from './written.ts';

// A bundle offered again: recognised by its id and the digest of its ops as written (and its
// signature, when signed), without parsing or validating its ops again — they are the very ops
// that were checked and imported before. Only while no import has been undone since: an undo may
// have taken back ops this bundle also carried.

interface ImportRow {
  id: number;
  created_at: string;
  imported_at: string;
  origin_node: string;
  origin_label: string;
  origin_country: string | null;
  ops_total: number;
  digest: string;
}

/**
 * `parts`: the text's parts when the caller found them already; otherwise they are found only for a
 * bundle id imported before (finding them reads the whole text twice, which a new bundle need not wait for).
 */
export function knownBundle(store: Store, text: string, parts?: WrittenParts | null): (ImportSummary & { importId: number }) | null {
  const bundleId = headBundleId(parts ? parts.head : headOf(text));
  if (!bundleId) return null;
  const row = stmt(
    store.db,
    'SELECT id, created_at, imported_at, origin_node, origin_label, origin_country, ops_total, digest FROM imports WHERE bundle_id = ? AND undone_at IS NULL AND digest IS NOT NULL ORDER BY id LIMIT 1',
  ).get(bundleId) as ImportRow | undefined;
  if (!row) return null;
  if (stmt(store.db, 'SELECT 1 FROM imports WHERE undone_at IS NOT NULL AND undone_at >= ?').get(row.imported_at)) return null;
  parts ??= writtenParts(text);
  if (!parts) return null;
  let envelope: Pick<Bundle, 'digest' | 'signature' | 'scope' | 'since'>;
  try {
    envelope = JSON.parse(`${parts.head}"ops":[],${parts.tail.slice(1)}`) as typeof envelope;
  } catch {
    return null;
  }
  if (envelope.digest !== row.digest || digestText(parts.opsText) !== row.digest) return null;
  const sig = envelope.signature;
  if (sig && !(typeof sig.publicKey === 'string' && typeof sig.value === 'string' && verifySignature(sig.publicKey, row.digest, sig.value))) return null;
  const peer = sig ? (stmt(store.db, 'SELECT label FROM peers WHERE public_key = ?').get(sig.publicKey) as { label: string } | undefined) : undefined;
  return {
    importId: row.id,
    bundleId,
    createdAt: row.created_at,
    origin: { nodeId: row.origin_node, label: row.origin_label, country: row.origin_country },
    scope: envelope.scope ?? {},
    isDelta: Boolean(envelope.since),
    signature: !sig ? 'unsigned' : peer ? 'known' : 'unknown',
    peerLabel: peer?.label ?? null,
    fingerprint: sig ? keyFingerprint(sig.publicKey) : null,
    signerKey: sig?.publicKey ?? null,
    alreadyImported: true,
    opsTotal: row.ops_total,
    opsNew: 0,
    opsDuplicate: row.ops_total,
    opsPending: 0,
    setAside: [],
    rowsNew: {},
    rowsChanged: {},
    conflictsCreated: 0,
  };
}
