import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDir } from '../../electron/core/db/backup.ts';
import { storePath } from '../../electron/core/db/open.ts';
import { startCopy } from '../../electron/core/db/store-helper.ts';
import { exportBundleToFile } from '../../electron/core/sync/export.ts';
import { importBundleFile, streaming } from '../../electron/core/sync/import-stream.ts';
import { tempDir } from '../helpers/app-server.ts';
import { openDesk, type TestDesk } from '../helpers/desk.ts';

// An import's backup is made on the store helper's thread while the bundle is read and applied, and
// the import commits only once it is written; the WAL checkpoint its commit would run is left to the
// helper too. What a user sees must not change: the backup holds the store as it was, a refused
// bundle leaves none behind, a restore of it works, and the WAL does not grow for ever.

const names = (d: TestDesk) => d.call('people.list', {}).items.map((p) => p.name).sort();
const backupFiles = (d: TestDesk) => {
  const dir = backupDir(d.core.store.dataDir);
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
};

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`still waiting: ${what}`);
}

describe('an import with the store helper', () => {
  it('backs up the store as it was before the import, and that backup restores', async () => {
    const a = await openDesk();
    const b = await openDesk();
    for (const n of ['Amina Okafor', 'Joseph Kamau', 'Li Wei']) a.person(n);
    b.person('Olga Ivanova');
    const result = b.call('sync.import', { content: a.call('sync.export', {}).content, fileName: 'a.sdbundle' });
    expect(result.backup).toMatch(/before-import\.sqlite$/);
    expect(fs.existsSync(result.backup)).toBe(true);
    expect(fs.existsSync(`${result.backup}.partial`)).toBe(false);
    expect(names(b)).toEqual(['Amina Okafor', 'Joseph Kamau', 'Li Wei', 'Olga Ivanova']);
    // the automatic checkpoint is on again for ordinary writes
    expect(b.core.store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);

    const name = path.basename(result.backup);
    expect(b.call('backups.preview', { name }).counts.person).toBe(1);
    // the helper's connection lets go before the restore copies the backup over the store
    await b.invoke('backups.restore', { name });
    expect(names(b)).toEqual(['Olga Ivanova']);
    b.person('Awa Traoré');
    expect(names(b)).toEqual(['Awa Traoré', 'Olga Ivanova']);
  });

  it('backs up the store as it was while a large file streams in; the same file again leaves no backup', async () => {
    const a = await openDesk();
    const b = await openDesk();
    for (const n of ['Amina Okafor', 'Joseph Kamau']) a.person(n);
    b.person('Olga Ivanova');
    const file = path.join(tempDir('sd-helper-stream-'), 'a.sdbundle');
    exportBundleToFile(a.core.store, file, {});
    const saved = streaming.fromBytes;
    streaming.fromBytes = -1; // every file is streamed, as one over 32 MB is
    try {
      const result = importBundleFile(b.core.store, file, { fileName: 'a.sdbundle' });
      expect(names(b)).toEqual(['Amina Okafor', 'Joseph Kamau', 'Olga Ivanova']);
      expect(b.call('backups.preview', { name: path.basename(result.backup) }).counts.person).toBe(1);
      const before = backupFiles(b);
      const again = importBundleFile(b.core.store, file, { fileName: 'a-again.sdbundle' });
      expect(again).toMatchObject({ alreadyImported: true, opsNew: 0, backup: '' });
      await until(() => JSON.stringify(backupFiles(b)) === JSON.stringify(before), 'the copy for a file known already removed');
    } finally {
      streaming.fromBytes = saved;
    }
  });

  it('leaves no backup behind for a bundle it refuses', async () => {
    const a = await openDesk();
    const b = await openDesk();
    a.person('Amina Okafor');
    b.person('Olga Ivanova');
    const before = backupFiles(b);
    const altered = a.call('sync.export', {}).content.replace('Amina Okafor', 'Amina Okafor-Smith');
    expect(b.refuse('sync.import', { content: altered }).code).toBe('bundle_bad_digest');
    // the copy was under way on the helper's thread: it is removed once written
    await until(() => JSON.stringify(backupFiles(b)) === JSON.stringify(before), 'the unwanted copy removed');
    expect(names(b)).toEqual(['Olga Ivanova']);
  });

  it('checkpoints the WAL on the helper thread after imports, so the store file takes them in', async () => {
    const a = await openDesk();
    const b = await openDesk();
    for (let i = 0; i < 400; i++) a.person(`Person ${i} with a long enough name to fill pages ${'x'.repeat(200)}`);
    const file = storePath(b.core.store.dataDir);
    const sizeBefore = fs.statSync(file).size;
    b.call('sync.import', { content: a.call('sync.export', {}).content });
    expect(b.call('people.list', {}).total).toBe(400);
    await until(() => fs.statSync(file).size > sizeBefore, 'the import checkpointed into the store file');
  });

  it('says so when it cannot make a copy (the caller then makes its own)', async () => {
    const b = await openDesk();
    b.person('Olga Ivanova');
    const taken = path.join(b.core.store.dataDir, 'taken.sqlite');
    fs.writeFileSync(taken, 'not empty: VACUUM INTO will not write over it');
    const copy = startCopy(b.core.store.db, taken);
    expect(copy).not.toBeNull();
    expect(copy!.wait()).toBe(false);
    expect(fs.readFileSync(taken, 'utf8')).toMatch(/^not empty/); // what was there stays
    const fresh = path.join(b.core.store.dataDir, 'fresh.sqlite');
    expect(startCopy(b.core.store.db, fresh)!.wait()).toBe(true);
    expect(fs.statSync(fresh).size).toBeGreaterThan(0);
  });
});
