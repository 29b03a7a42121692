import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

const KEEP = 10;

export function backupDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/** Online backup (SQLite backup API) before a risky operation; keeps the newest KEEP files. */
export async function backupStore(db: Database.Database, dataDir: string, reason: string): Promise<string> {
  const dir = backupDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(dir, `${stamp}-${reason.replace(/[^a-z0-9-]/gi, '_')}.sqlite`);
  await db.backup(file);
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
