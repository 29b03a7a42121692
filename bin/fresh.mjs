// Is a built file at least as new as every source it is built from? Shared by npm start, the
// synergy-desk command and the tests, so each runs prebuilt code only when it is up to date.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** what browser mode's server and the CLI are built from (npm run build:web) */
export const CORE_SOURCES = ['electron', 'shared', 'locales', 'package.json'];

function newestMtime(file) {
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(file)) newest = Math.max(newest, newestMtime(path.join(file, entry)));
  return newest;
}

/** true when `output` (relative to the project) exists and no file of `sources` is newer */
export function isFresh(output, sources) {
  const out = path.join(root, output);
  if (!fs.existsSync(out)) return false;
  const built = fs.statSync(out).mtimeMs;
  return sources.every((s) => newestMtime(path.join(root, s)) <= built);
}
