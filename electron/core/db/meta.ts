import type Database from 'better-sqlite3';
import { stmt } from './sql.ts';

// The store's own bookkeeping (node id, clock, creation date), in the meta table.

export function getMeta(db: Database.Database, key: string): string | undefined {
  return (stmt(db, 'SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

export function setMeta(db: Database.Database, key: string, value: string): void {
  stmt(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}
