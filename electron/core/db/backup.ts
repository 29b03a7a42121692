import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

const KEEP = 10;

export function backupDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/**
 * A consistent copy of the store before a risky operation (migration, import, undo); keeps the
 * newest KEEP files. VACUUM INTO reads one snapshot of the live database (like the online backup
 * API) and is synchronous, so every door to the core stays a plain call.
 */
export function backupStore(db: Database.Database, dataDir: string, reason: string): string {
  const dir = backupDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  let file = path.join(dir, `${stamp}-${reason.replace(/[^a-z0-9-]/gi, '_')}.sqlite`);
  for (let n = 2; fs.existsSync(file); n++) file = file.replace(/(-\d+)?\.sqlite$/, `-${n}.sqlite`);
  db.prepare('VACUUM INTO ?').run(file);
  rotate(dir);
  return file;
}

function rotate(dir: string): void {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sqlite'))
    .sort();
  for (const old of files.slice(0, Math.max(0, files.length - KEEP))) fs.rmSync(path.join(dir, old), { force: true });
}
