import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors.ts';
import { backupStore } from './backup.ts';
import { openSqlite, useNativeBinding } from './native.ts';
import type { Migration } from './migrations/index.ts';

export const STORE_FILE = 'synergy-desk.sqlite';
/** 'SDsk' — marks a file as ours, so a foreign SQLite file is never migrated. */
export const APPLICATION_ID = 0x5344736b;
const SQLITE_HEADER = 'SQLite format 3\0';

export function storePath(dataDir: string): string {
  return path.join(dataDir, STORE_FILE);
}

export interface OpenOptions {
  /** every migration of the store, in version order (electron/core/schema.ts) */
  migrations: readonly Migration[];
  /** path to a better_sqlite3.node built for this runtime's ABI (Electron); default: the one in node_modules */
  nativeBinding?: string;
  /**
   * A store file larger than this is opened after the cheap checks only (header, owner, version),
   * and its content check (quick_check) is left to checkStoreInBackground: on a store of a million
   * changes it takes most of a second. Default: every store is checked before it opens (CLI, tests).
   */
  checkAtOpenBytes?: number;
}

/** what the app's doors pass as checkAtOpenBytes: below this, quick_check costs under a tenth of a second */
export const CHECK_AT_OPEN_BYTES = 64 * 1024 * 1024;

export interface OpenedDatabase {
  db: Database.Database;
  /** the content check was not run at open: run checkStoreInBackground */
  checkDeferred: boolean;
}

/**
 * Opens (creating when absent) the store in dataDir. A file that is not SQLite, is someone
 * else's database, is corrupt or comes from a newer version is refused before anything is written.
 */
/** Opens another store file (a backup) read-only, with the native build the store uses. */
export function openReadOnly(file: string): Database.Database {
  return openSqlite(file, { readonly: true, fileMustExist: true });
}

export const NEW_STORE_PAGE_SIZE = 8192;

export async function openDatabase(dataDir: string, options: OpenOptions): Promise<OpenedDatabase> {
  useNativeBinding(options.nativeBinding);
  const latest = options.migrations.length;
  fs.mkdirSync(dataDir, { recursive: true });
  const file = storePath(dataDir);
  const size = fs.existsSync(file) ? fs.statSync(file).size : 0;
  const exists = size > 0;
  const checkDeferred = exists && size > (options.checkAtOpenBytes ?? Infinity);
  if (exists) inspectStoreFile(file, latest, checkDeferred ? 'none' : 'quick');

  const db = openSqlite(file);
  try {
    // 8 KiB pages for a new store (SQLite's default is 4): fewer, fuller pages for the op log and
    // its indexes; a 100,000-op import about 6% faster (same-run pairs; 16 KiB gained less). Set
    // before the first write, as SQLite wants; a store made earlier keeps its pages (changing them
    // means rewriting the whole file)
    if (!exists) db.pragma(`page_size = ${NEW_STORE_PAGE_SIZE}`);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    // 32 MiB of page cache (SQLite's default is 2 MiB): an import inserts into the op log's by-row
    // index at random places, and with the default most of those pages are read again (100k ops:
    // merge 983 → 940 ms, median of five; 64 MiB was no better within the noise, and brought the
    // streamed import of a million ops to 391 MB RSS, against a bound of 400)
    db.pragma('cache_size = -32768');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version < latest) {
      // a migration rewrites much of the file: never on a store not yet checked
      if (checkDeferred) inspectStoreFile(file, latest, 'quick');
      if (exists) backupStore(db, dataDir, `before-migration-${version}-to-${latest}`);
      migrate(db, options.migrations, version);
      return { db, checkDeferred: false };
    }
    return { db, checkDeferred };
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * Refuses, before anything is written, a file that is not SQLite, is another program's database,
 * comes from a newer version or is damaged: `content` 'quick' runs quick_check, 'thorough' the full
 * integrity_check, 'none' neither (checkStoreInBackground runs it later).
 */
export function inspectStoreFile(file: string, latest: number, content: 'none' | 'quick' | 'thorough' = 'quick'): void {
  const fd = fs.openSync(file, 'r');
  const header = Buffer.alloc(16);
  fs.readSync(fd, header, 0, 16, 0);
  fs.closeSync(fd);
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw new AppError('store_not_sqlite', `${file} is not a Synergy Desk store (not an SQLite file)`, { file });
  }
  let probe: Database.Database | undefined;
  try {
    probe = openReadOnly(file);
    const appId = probe.pragma('application_id', { simple: true }) as number;
    const version = probe.pragma('user_version', { simple: true }) as number;
    const tables = (probe.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
    if (appId !== APPLICATION_ID && (tables > 0 || version > 0)) {
      throw new AppError('store_foreign', `${file} is an SQLite database of another program`, { file });
    }
    if (version > latest) {
      throw new AppError('store_too_new', `${file} was written by a newer Synergy Desk (schema ${version}; this version reads up to ${latest})`, {
        file,
        version,
        supported: latest,
      });
    }
    const check = content === 'none' ? 'ok' : probe.pragma(content === 'thorough' ? 'integrity_check' : 'quick_check', { simple: true });
    if (check !== 'ok') throw new AppError('store_corrupt', `${file} is damaged: ${String(check)}`, { file });
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('store_corrupt', `${file} cannot be read: ${(err as Error).message}`, { file });
  } finally {
    probe?.close();
  }
}

function migrate(db: Database.Database, migrations: readonly Migration[], from: number): void {
  for (const m of migrations.filter((x) => x.version > from)) {
    db.transaction(() => {
      db.exec(m.sql);
      if (m.version === 1) db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}
