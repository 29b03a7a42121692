// File names in the shared folder. A desk's own bundles carry its node id; what file-sync engines
// leave behind (temporary and partial files, conflict copies, lock files) is never read.

export const BUNDLE_EXT = '.sdbundle';
const PREFIX = 'synergy-desk-';

/** "synergy-desk-<node>-20261201T232600123Z-delta.sdbundle": sorts by time within one desk. */
export function ownFileName(nodeId: string, createdAt: string, kind: 'delta' | 'full'): string {
  return `${PREFIX}${nodeId}-${createdAt.replace(/[-:.]/g, '')}-${kind}${BUNDLE_EXT}`;
}

const OWN = /^synergy-desk-([0-9a-f]{16})-(\d{8}T\d{9}Z)-(delta|full)\.sdbundle$/;

export function parseOwnName(name: string): { nodeId: string; stamp: string; kind: 'delta' | 'full' } | null {
  const m = OWN.exec(name);
  return m ? { nodeId: m[1], stamp: m[2], kind: m[3] as 'delta' | 'full' } : null;
}

// Syncthing: .syncthing.*.tmp, ~syncthing~*.tmp, *.sync-conflict-*; OneDrive/Dropbox/Nextcloud:
// "conflicted copy", "(Conflict", ~$ lock files, .~lock.*#; ours: *.partial; dot files.
const LEFT_BEHIND = [/^\./, /^~/, /\.tmp$/i, /\.partial$/i, /\.part$/i, /\.sync-conflict-/i, /conflicted copy/i, /\(conflict/i, /\.lock$/i, /^~\$/, /#$/];

/** A bundle the desk should read: a .sdbundle file that no sync engine is still writing or has set aside. */
export function isCandidate(name: string): boolean {
  return name.toLowerCase().endsWith(BUNDLE_EXT) && !LEFT_BEHIND.some((re) => re.test(name));
}
