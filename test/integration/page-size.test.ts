import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { NEW_STORE_PAGE_SIZE, storePath } from '../../electron/core/db/open.ts';
import { openStore } from '../../electron/core/store.ts';
import { tempDir } from '../helpers/app-server.ts';
import { openTestCore } from '../helpers/core.ts';

// A new store is made with 8 KiB pages (a faster import); a store made before keeps its own page
// size, opens, migrates and takes edits as before, and its backups keep it too.

const pageSize = (db: Database.Database) => db.pragma('page_size', { simple: true }) as number;

describe('the store page size', () => {
  it('is 8 KiB for a new store, and a store with 4 KiB pages keeps them', async () => {
    const fresh = await openTestCore();
    expect(NEW_STORE_PAGE_SIZE).toBe(8192);
    expect(pageSize(fresh.store.db)).toBe(8192);
    expect(fresh.store.db.pragma('journal_mode', { simple: true })).toBe('wal');

    // an older store: 4 KiB pages, schema 1 only (the migrations since run on open)
    const dir = tempDir('sd-page-size-');
    const old = new Database(storePath(dir));
    old.pragma('page_size = 4096');
    old.pragma('journal_mode = WAL');
    old.close();
    const reopened = await openStore(dir);
    try {
      expect(pageSize(reopened.db)).toBe(4096);
      reopened.write(() => reopened.db.prepare("INSERT INTO settings (key, value) VALUES ('k', 'v')").run());
      expect(reopened.db.prepare("SELECT value FROM settings WHERE key = 'k'").pluck().get()).toBe('v');
    } finally {
      reopened.close();
    }
  });
});
