import fs from 'node:fs';
import path from 'node:path';
import { readSetting, writeSetting } from '../db/local-settings.ts';
import type { Store } from '../store.ts';
import { exportBundleToFile } from '../sync/export.ts';
import { log } from './folder.ts';
import { ownFileName, parseOwnName } from './names.ts';

// The desk's own bundles in the folder: a delta of what this desk wrote since its last one, and now
// and then a full bundle of everything it ever wrote, after which its older files are superseded
// and removed, so the folder does not grow without bound.

/** the export mark of the folder (a peer label no person can type: it starts with "@") */
export const FOLDER_PEER = '@sync-folder';
const FULL_EVERY = 20;
const DELTAS_KEY = 'sync_folder_deltas';

export function ownFiles(store: Store, dir: string): string[] {
  try {
    return fs.readdirSync(dir).filter((n) => parseOwnName(n)?.nodeId === store.nodeId).sort();
  } catch {
    return [];
  }
}

/**
 * Writes the desk's news as one bundle (temporary name, fsync, rename). The export mark moves on
 * only when the file is in place: a failed write is retried whole next time.
 */
export function writeOwnBundle(store: Store, dir: string, options: { full?: boolean } = {}): string | null {
  const deltas = Number(readSetting(store.db, DELTAS_KEY) ?? '0');
  const full = options.full || deltas + 1 >= FULL_EVERY;
  const written = store.db.transaction(() => {
    // written as it is made (a full bundle of years of history never exists as one string), under a
    // temporary name the desks' scans pass over, and named once its creation time is known
    const e = exportBundleToFile(
      store,
      { dir, tempName: `synergy-desk-${store.nodeId}`, name: (x) => (x.opsCount === 0 ? null : ownFileName(store.nodeId, x.createdAt, full ? 'full' : 'delta')) },
      { peer: FOLDER_PEER, ownOnly: true, fromStart: full },
    );
    if (!e.file) return null;
    const name = e.file;
    writeSetting(store.db, DELTAS_KEY, String(full ? 0 : deltas + 1));
    log(store, { file: name, outcome: 'written', opsNew: e.opsCount });
    return name;
  })();
  if (written && full) pruneSuperseded(store, dir, written);
  return written;
}

/** After a full bundle: the desk's older files say nothing it does not. */
function pruneSuperseded(store: Store, dir: string, full: string): void {
  for (const name of ownFiles(store, dir)) {
    if (name >= full) continue;
    try {
      fs.rmSync(path.join(dir, name), { force: true });
      log(store, { file: name, outcome: 'pruned' });
    } catch {
      // a file the engine holds open goes next time
    }
  }
}
