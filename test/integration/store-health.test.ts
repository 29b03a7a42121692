import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkStoreInBackground } from '../../electron/core/backups/health.ts';
import { storePath } from '../../electron/core/db/open.ts';
import { createDispatcher } from '../../electron/core/dispatch.ts';
import { openStore, type Store } from '../../electron/core/store.ts';
import { tempDir } from '../helpers/app-server.ts';
import { damageTable } from '../helpers/damage.ts';
import { err, ok } from '../helpers/desk.ts';

// A large store opens before its content check (quick_check takes most of a second on a million
// changes); the check then runs in a worker thread. A store found damaged takes no more writes,
// says so (backups.health, the banner), and is repaired by restoring a backup. checkAtOpenBytes: 0
// makes every store "large" here.

const open: Store[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

async function storeWithPeople(dir: string, n: number) {
  const store = await openStore(dir);
  const d = createDispatcher(store);
  for (let i = 0; i < n; i++) ok(d.dispatch('people.create', { name: `Person ${i}`, notes: 'x'.repeat(400) }));
  const backup = ok(await d.invoke('backups.create', {}));
  store.close();
  return backup.name;
}

describe('the content check of a large store, in the background', () => {
  it('a sound store opens at once, is checked in a worker and found sound; writes go on', async () => {
    const dir = tempDir('sd-health-');
    await storeWithPeople(dir, 20);
    const store = await openStore(dir, { checkAtOpenBytes: 0 });
    open.push(store);
    expect(store.checkDeferred).toBe(true);
    const d = createDispatcher(store);
    // as the app starts it: the check waits a moment (the first screen first), and says "checking" meanwhile
    const checked = checkStoreInBackground(store, { afterMs: 300 });
    expect(ok(d.dispatch('backups.health', {})).state).toBe('checking');
    await new Promise((r) => setTimeout(r, 150));
    expect(ok(d.dispatch('backups.health', {})).state).toBe('checking');
    expect(await checked).toEqual({ state: 'ok', detail: null });
    expect(ok(d.dispatch('backups.health', {}))).toEqual({ state: 'ok', detail: null });
    ok(d.dispatch('people.create', { name: 'After the check' }));
  });

  it('a damaged store found after it opened refuses every write, says why, and a restore repairs it', async () => {
    const dir = tempDir('sd-health-');
    const backup = await storeWithPeople(dir, 200);
    damageTable(dir, 'person');
    // checked at open (the CLI, small stores): refused before anything is written
    await expect(openStore(dir)).rejects.toMatchObject({ code: 'store_corrupt' });

    const store = await openStore(dir, { checkAtOpenBytes: 0 });
    open.push(store);
    const d = createDispatcher(store);
    const topics: string[][] = [];
    store.onChange((e) => topics.push(e.topics));
    const health = await checkStoreInBackground(store);
    expect(health.state).toBe('damaged');
    expect(health.detail).toBeTruthy();
    expect(topics.some((t) => t.includes('backups'))).toBe(true);
    expect(ok(d.dispatch('backups.health', {})).state).toBe('damaged');

    // nothing more is written into the damaged file: edits, settings, a backup of it
    const sizeBefore = fs.statSync(storePath(dir)).size;
    expect(err(d.dispatch('people.create', { name: 'Lost?' })).code).toBe('store_damaged');
    expect(err(d.dispatch('settings.update', { deviceLabel: 'x' })).code).toBe('store_damaged');
    expect(err(await d.invoke('backups.create', {})).code).toBe('store_damaged');
    expect(fs.statSync(storePath(dir)).size).toBe(sizeBefore);

    // the backup made before the damage is restored, and the desk writes again
    ok(await d.invoke('backups.restore', { name: backup }));
    expect(ok(d.dispatch('backups.health', {}))).toEqual({ state: 'ok', detail: null });
    expect(ok(d.dispatch('people.list', {})).total).toBe(200);
    ok(d.dispatch('people.create', { name: 'After the restore' }));
    expect(ok(d.dispatch('app.check', {})).ok).toBe(true);
  });

  it('a read that meets damage the check has not reached says the store is damaged, in words, and stops the writes', async () => {
    const dir = tempDir('sd-health-');
    await storeWithPeople(dir, 200);
    damageTable(dir, 'person');
    const store = await openStore(dir, { checkAtOpenBytes: 0 });
    open.push(store);
    const d = createDispatcher(store);
    const topics: string[][] = [];
    store.onChange((e) => topics.push(e.topics));
    // before the background check has run: the damaged table is read
    const e = err(d.dispatch('people.list', {}));
    expect(e.code).toBe('store_damaged');
    expect(e.message).not.toMatch(/^internal/);
    expect(ok(d.dispatch('backups.health', {})).state).toBe('damaged');
    expect(topics.some((t) => t.includes('backups'))).toBe(true);
    expect(err(d.dispatch('people.create', { name: 'Lost?' })).code).toBe('store_damaged');
  });
});
