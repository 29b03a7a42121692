import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDir } from '../../electron/core/db/backup.ts';
import { ensureDailyBackup, startDailyBackups } from '../../electron/core/backups/daily.ts';
import { openDesk, TestDesk } from '../helpers/desk.ts';

// Backups through the channels Settings uses: on demand, daily, previewed (checked, what they
// hold, which desk wrote them) and restored, with a backup of the store first. Damaged, foreign
// and other desks' backups are refused and nothing changes.

const names = (d: TestDesk) => d.call('people.list', {}).items.map((p) => p.name).sort();

describe('backups', () => {
  it('a manual backup is previewed and restored; the store as it was is backed up first', async () => {
    const d = await openDesk();
    d.person('Ann');
    d.person('Bob');
    const backup = await d.invoke('backups.create', {});
    expect(backup).toMatchObject({ kind: 'manual', reason: 'manual' });
    expect(d.call('tasks.list', {})).toEqual([]);
    expect(d.call('backups.list', {}).map((b) => b.name)).toContain(backup.name);

    d.person('Carla');
    const preview = d.call('backups.preview', { name: backup.name });
    expect(preview.counts.person).toBe(2);
    expect(preview.sameDesk).toBe(true);
    expect(preview.nodeId).toBe(d.core.store.nodeId);
    expect(preview.ops).toBeGreaterThan(0);
    expect(preview.lastChange).not.toBeNull();

    const seen: string[][] = [];
    d.core.store.onChange((e) => seen.push(e.topics));
    const r = await d.invoke('backups.restore', { name: backup.name });
    expect(r.restored.name).toBe(backup.name);
    expect(names(d)).toEqual(['Ann', 'Bob']);
    // everything on screen reloads
    expect(seen.some((t) => t.includes('person') && t.includes('settings'))).toBe(true);

    // the store before the restore is a backup of its own, and restoring it brings Carla back
    const safety = d.call('backups.list', {}).find((b) => b.name === r.safetyBackup)!;
    expect(safety).toMatchObject({ kind: 'safety', reason: 'before-restore' });
    expect(d.call('backups.preview', { name: safety.name }).counts.person).toBe(3);
    await d.invoke('backups.restore', { name: safety.name });
    expect(names(d)).toEqual(['Ann', 'Bob', 'Carla']);

    // the desk writes on after a restore, its clock never behind what it wrote before
    const lastHlc = () => (d.core.store.db.prepare('SELECT max(hlc) AS h FROM ops').get() as { h: string }).h;
    const before = lastHlc();
    await d.invoke('backups.restore', { name: backup.name });
    expect(lastHlc() < before).toBe(true);
    d.person('Dan');
    expect(lastHlc() > before).toBe(true);
  });

  it('refuses every other write while a restore runs, so that no edit falls between the two files; takes them again after', async () => {
    const d = await openDesk();
    for (let i = 0; i < 300; i++) d.person(`Person ${i} ${'x'.repeat(200)}`);
    const backup = await d.invoke('backups.create', {});
    d.person('Written before the restore');
    const restoring = d.invoke('backups.restore', { name: backup.name });
    // the restore is under way (its safety backup is being written): an edit now is refused, not lost
    const refused = d.core.dispatcher.dispatch('people.create', { name: 'Written during the restore' });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('store_restoring');
    expect((await d.refuseAsync('backups.restore', { name: backup.name })).code).toBe('store_restoring');
    const r = await restoring;
    expect(d.call('people.list', {}).items.some((p) => (p.name ?? '').startsWith('Written'))).toBe(false);
    // nothing written meanwhile is missing from the safety backup, and the desk takes writes again
    expect(d.call('backups.preview', { name: r.safetyBackup }).counts.person).toBe(301);
    d.person('Written after the restore');
    expect(d.call('people.list', {}).items.some((p) => p.name === 'Written after the restore')).toBe(true);
  });

  it('shows how far a backup and a restore have got, as tasks on the change feed', async () => {
    const d = await openDesk();
    for (let i = 0; i < 300; i++) d.person(`Person ${i} ${'x'.repeat(200)}`);
    const seen: { kind: string; done: number; total: number }[] = [];
    d.core.store.onChange((e) => {
      if (e.topics.includes('tasks')) seen.push(...d.call('tasks.list', {}));
    });
    const backup = await d.invoke('backups.create', {});
    expect(seen.some((t) => t.kind === 'backup' && t.total > 0)).toBe(true);
    expect(seen.every((t) => t.done <= t.total)).toBe(true);
    seen.length = 0;
    await d.invoke('backups.restore', { name: backup.name });
    const restore = seen.filter((t) => t.kind === 'restore');
    expect(restore.length).toBeGreaterThan(0);
    // it only moves forward, and ends: nothing is left running
    expect(restore.map((t) => t.done)).toEqual([...restore.map((t) => t.done)].sort((a, b) => a - b));
    expect(d.call('tasks.list', {})).toEqual([]);
    // a backup made page by page opens read-only like any other (an ordinary file, not WAL)
    expect(d.call('backups.preview', { name: backup.name }).counts.person).toBe(300);
  });

  it('refuses a damaged, foreign, other desk’s or missing backup, and nothing changes', async () => {
    const d = await openDesk();
    d.person('Ann');
    const good = await d.invoke('backups.create', {});
    const dir = backupDir(d.core.store.dataDir);
    const file = (reason: string) => path.join(dir, `2026-01-0${reason.length % 9}T10-00-00-000Z-${reason}.sqlite`);

    // damaged: the good backup with its pages overwritten in the middle
    const bytes = fs.readFileSync(path.join(dir, good.name));
    for (let i = 4096; i < Math.min(bytes.length, 4096 * 3); i++) bytes[i] = 0xab;
    fs.writeFileSync(file('damaged'), bytes);
    // foreign: not an SQLite file at all
    fs.writeFileSync(file('notes'), 'this is not a database');
    // another desk's backup
    const other = await openDesk();
    other.person('Zed');
    fs.copyFileSync(path.join(backupDir(other.core.store.dataDir), (await other.invoke('backups.create', {})).name), file('other'));

    expect(['backup_damaged', 'backup_foreign']).toContain((await d.refuseAsync('backups.restore', { name: path.basename(file('damaged')) })).code);
    expect((await d.refuseAsync('backups.restore', { name: path.basename(file('notes')) })).code).toBe('backup_foreign');
    expect((await d.refuseAsync('backups.restore', { name: path.basename(file('other')) })).code).toBe('backup_other_desk');
    expect((await d.refuseAsync('backups.restore', { name: '2026-01-01T10-00-00-000Z-gone.sqlite' })).code).toBe('backup_missing');
    expect((await d.refuseAsync('backups.restore', { name: '../synergy-desk.sqlite' })).code).toBe('invalid_input');
    // no safety backup was made for a refused restore
    expect(d.call('backups.list', {}).filter((b) => b.reason === 'before-restore')).toEqual([]);
    expect(names(d)).toEqual(['Ann']);
  });

  it('makes one daily backup a day, by itself once the app runs', async () => {
    const d = await openDesk();
    d.person('Ann');
    expect(ensureDailyBackup(d.core.store)).not.toBeNull();
    expect(ensureDailyBackup(d.core.store)).toBeNull();
    expect(d.call('backups.list', {}).filter((b) => b.kind === 'daily')).toHaveLength(1);
    // yesterday's backup does not count for today
    const dir = backupDir(d.core.store.dataDir);
    const [today] = fs.readdirSync(dir).filter((f) => f.endsWith('-daily.sqlite'));
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().replace(/[:.]/g, '-');
    fs.renameSync(path.join(dir, today), path.join(dir, `${yesterday}-daily.sqlite`));
    expect(ensureDailyBackup(d.core.store)).not.toBeNull();
    expect(d.call('backups.list', {}).filter((b) => b.kind === 'daily')).toHaveLength(2);

    const fresh = await openDesk();
    fresh.person('Bea');
    const stop = startDailyBackups(fresh.core.store, { firstMs: 10, everyMs: 60_000 });
    await expect.poll(() => fresh.call('backups.list', {}).filter((b) => b.kind === 'daily').length, { timeout: 5000 }).toBe(1);
    stop();
  });
});
