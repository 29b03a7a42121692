import fs from 'node:fs';
import path from 'node:path';
import type { Store } from '../store.ts';

// The data folder's places for files in transit (uploads from the page, downloads to it): made
// when first needed; what a closed page left behind goes a day later.

const STALE_MS = 24 * 60 * 60 * 1000;

/** `<data>/<name>`, there, with files older than a day removed. */
export function transferDir(store: Store, name: 'uploads' | 'downloads'): string {
  const dir = path.join(store.dataDir, name);
  fs.mkdirSync(dir, { recursive: true });
  for (const entry of fs.readdirSync(dir)) {
    const file = path.join(dir, entry);
    if (Date.now() - fs.statSync(file).mtimeMs > STALE_MS) fs.rmSync(file, { force: true });
  }
  return dir;
}
